import type { INestApplication } from '@nestjs/common';
import { CollabServer } from '../../collab/collab.server';
import { DocRegistry } from '../../collab/doc-registry';
import { RealtimeGateway } from '../../modules/rooms/rooms.gateway';
import { Metrics } from './metrics.service';

/** Points the scrape-time gauges at the parts of the running app that hold the figures. */
export function bindMetrics(app: INestApplication): Metrics {
  const metrics = app.get(Metrics);
  const collab = app.get(CollabServer);
  const docs = app.get(DocRegistry);
  const gateway = app.get(RealtimeGateway);
  metrics.read('iep_collab_sockets', () => collab.connectionCount);
  metrics.read('iep_socketio_connections', () => gateway.server.of('/').sockets.size);
  metrics.read('iep_documents_in_memory', () => docs.loadedCount);
  metrics.read('iep_write_queue_length', () => docs.writeQueue().length);
  metrics.read('iep_write_queue_oldest_seconds', () => docs.writeQueue().oldestAgeMs / 1000);
  return metrics;
}
