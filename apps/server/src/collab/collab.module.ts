import { Module } from '@nestjs/common';
import { CollabServer } from './collab.server';
import { DocRegistry } from './doc-registry';
import { DocStore } from './doc-store';

@Module({ providers: [DocStore, DocRegistry, CollabServer], exports: [DocRegistry, CollabServer] })
export class CollabModule {}
