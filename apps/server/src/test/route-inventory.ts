import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import type { TestApp } from './test-app';

/** One HTTP route as Nest registered it, and which inputs its handler reads. */
export interface NestRoute {
  method: string;
  /** As the OpenAPI document writes it: `/api/sections/{sectionId}`. */
  path: string;
  handler: string;
  pathParams: string[];
  readsBody: boolean;
  readsQuery: boolean;
  readsParams: boolean;
}

const METHODS: Partial<Record<number, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

function paths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

function join(...parts: string[]): string {
  const joined = `/${parts.join('/')}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

type Metatype = abstract new (...args: never[]) => unknown;

function classesOf(app: TestApp, kind: 'controllers' | 'providers'): Metatype[] {
  const out = new Set<Metatype>();
  for (const module of app.running.app.get(ModulesContainer).values()) {
    for (const wrapper of module[kind].values()) {
      const metatype: unknown = wrapper.metatype;
      if (typeof metatype === 'function' && metatype.prototype) out.add(metatype as Metatype);
    }
  }
  return [...out];
}

function methodNames(metatype: Metatype): string[] {
  return Object.getOwnPropertyNames(metatype.prototype).filter((name) => name !== 'constructor');
}

function handlerOf(metatype: Metatype, name: string): unknown {
  return Object.getOwnPropertyDescriptor(metatype.prototype, name)?.value;
}

/** Every HTTP route of the running app, read from Nest's own metadata (the router's source). */
export function nestRoutes(app: TestApp, prefix = 'api'): NestRoute[] {
  const routes: NestRoute[] = [];
  for (const controller of classesOf(app, 'controllers')) {
    for (const base of paths(Reflect.getMetadata(PATH_METADATA, controller))) {
      for (const name of methodNames(controller)) {
        const handler = handlerOf(controller, name);
        if (typeof handler !== 'function') continue;
        const method = METHODS[Number(Reflect.getMetadata(METHOD_METADATA, handler))];
        if (method === undefined || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const args = Object.keys(
          (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>,
        );
        const reads = (type: RouteParamtypes) => args.some((key) => key.split(':')[0] === String(type));
        for (const sub of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
          const express = join(prefix, base, sub);
          routes.push({
            method,
            path: express.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
            handler: `${controller.name}.${name}`,
            pathParams: [...express.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? ''),
            readsBody: reads(RouteParamtypes.BODY),
            readsQuery: reads(RouteParamtypes.QUERY),
            readsParams: reads(RouteParamtypes.PARAM),
          });
        }
      }
    }
  }
  return routes;
}

/** Every socket.io event a gateway of the running app subscribes to. */
export function subscribedEvents(app: TestApp): string[] {
  const events = new Set<string>();
  for (const provider of classesOf(app, 'providers')) {
    for (const name of methodNames(provider)) {
      const handler = handlerOf(provider, name);
      if (typeof handler !== 'function' || !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)) continue;
      events.add(String(Reflect.getMetadata(MESSAGE_METADATA, handler)));
    }
  }
  return [...events].sort();
}
