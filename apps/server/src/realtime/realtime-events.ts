import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import {
  sectionRoom,
  sectionStaffRoom,
  userRoom,
  type ClientToServerEvents,
  type NotificationDto,
  type ServerToClientEvents,
  type ThreadDto,
} from '@iep/shared';

type AppServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * What services send over socket.io. The rooms decide who hears: a team thread goes to the
 * section's room, a staff-only thread only to its staff room (parents never join it), a
 * notification only to its person's room.
 */
@Injectable()
export class RealtimeEvents {
  private server: AppServer | null = null;

  attach(server: AppServer): void {
    this.server = server;
  }

  threadChanged(thread: ThreadDto): void {
    const room = thread.visibility === 'staff' ? sectionStaffRoom(thread.sectionId) : sectionRoom(thread.sectionId);
    this.server?.to(room).emit('thread:changed', thread);
  }

  notification(userId: string, notification: NotificationDto): void {
    this.server?.to(userRoom(userId)).emit('notification:new', notification);
  }
}
