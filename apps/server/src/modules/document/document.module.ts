import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccessModule } from '../access/access.module';
import { MetricsModule } from '../../ops/metrics/metrics.module';
import { ClusterModule } from '../../cluster/cluster-bus';
import { COLLAB_GATE } from '../../collab/collab-gate';
import { CollabServer } from '../../collab/collab.server';
import { DocRegistry } from '../../collab/doc-registry';
import { DocStore } from '../../collab/doc-store';
import { CollabGateAdapter } from './collab-gate.adapter';

/**
 * The section document: the engine in collab/ (live documents, their store, the y-websocket
 * endpoint) wired to sessions, team standing and the audit log through its gate.
 */
@Module({
  imports: [ClusterModule, MetricsModule, AccessModule, AuthModule, AuditModule],
  providers: [DocStore, DocRegistry, CollabServer, { provide: COLLAB_GATE, useClass: CollabGateAdapter }],
  exports: [DocRegistry, CollabServer],
})
export class DocumentModule {}
