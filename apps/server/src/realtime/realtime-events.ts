import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import {
  can,
  sectionRoom,
  sectionStaffRoom,
  userRoom,
  type ClientToServerEvents,
  type NotificationDto,
  type Role,
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

  /**
   * A person's access to a student changed: their sockets (on every instance, through the adapter)
   * leave the rooms they may no longer hear (all of the student's, or the staff rooms for a parent),
   * and their pages are told so they can reload what they show.
   */
  accessChanged(userId: string, studentId: string, sectionIds: string[], role: Role | null): void {
    if (!this.server) return;
    const rooms =
      role === null
        ? sectionIds.flatMap((id) => [sectionRoom(id), sectionStaffRoom(id)])
        : !can({ userId, role }, 'staff.room')
          ? sectionIds.map(sectionStaffRoom)
          : [];
    if (rooms.length > 0) this.server.in(userRoom(userId)).socketsLeave(rooms);
    this.server.to(userRoom(userId)).emit('access:changed', { studentId, role });
  }
}
