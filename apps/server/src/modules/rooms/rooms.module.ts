import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { AccessModule } from '../access/access.module';
import { AuthModule } from '../auth/auth.module';
import { DocumentModule } from '../document/document.module';
import { RealtimeGateway } from './rooms.gateway';

/** The socket.io edge: one socket per tab, joining the rooms of the sections its person may see. */
@Module({ imports: [RealtimeModule, AccessModule, AuthModule, DocumentModule], providers: [RealtimeGateway] })
export class RoomsModule {}
