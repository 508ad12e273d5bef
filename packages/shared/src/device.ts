import { z } from 'zod';
import { userSchema } from './schemas';

/**
 * What the district lets the browser keep on the device (issue 18): with `offlineStorage` on, the
 * client caches the app and the API answers it read, and keeps each open section's document in
 * IndexedDB, per person; off, it stores nothing and deletes what an earlier visit stored.
 */
export const deviceSettingsSchema = z.object({ offlineStorage: z.boolean() });
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

/** `GET /api/auth/me`: the signed-in user and the device settings the client follows. */
export const meResponseSchema = z.object({ user: userSchema, device: deviceSettingsSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;
