import { Module } from '@nestjs/common';
import { ClusterBus, ClusterModule } from '../../cluster/cluster-bus';
import { APP_CONFIG, type AppConfig } from '../../config';
import { RateLimiter } from './rate-limiter';
import { RedisRateLimitBackend } from './redis-backend';

/** One RateLimiter for the app: shared through Redis when REDIS_URL is set, in this process otherwise. */
@Module({
  imports: [ClusterModule],
  providers: [
    {
      provide: RateLimiter,
      inject: [ClusterBus, APP_CONFIG],
      useFactory: async (bus: ClusterBus, config: AppConfig): Promise<RateLimiter> => {
        const client = await bus.commandClient('rate limits');
        return new RateLimiter(client ? new RedisRateLimitBackend(client, `${config.redisKeyPrefix}rl:`) : null);
      },
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}
