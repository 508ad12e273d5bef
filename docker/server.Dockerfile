# The API, the document socket and socket.io, serving the built client too.
# Build from the repo root: docker build -f docker/server.Dockerfile .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# Build everything the server needs (the client is among its workspace dependencies), then lay out
# the server with its production dependencies only (pnpm deploy), beside the migrations and the client.
RUN npx --yes pnpm@10.34.9 install --frozen-lockfile \
 && npx --yes pnpm@10.34.9 exec turbo run build --filter=@iep/server... \
 && npx --yes pnpm@10.34.9 --filter @iep/server deploy --prod --legacy /out/apps/server \
 && rm -rf /out/apps/server/src /out/apps/server/jest.config.js /out/apps/server/tsconfig*.json \
 && cp -r prisma /out/prisma \
 && mkdir -p /out/apps/client && cp -r apps/client/dist /out/apps/client/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
# The code belongs to root and is read-only for the server, which runs as the unprivileged `node` user.
COPY --from=build /out /app
USER node
EXPOSE 3000
# Ready: migrations applied, the document engine up, the database reachable, not shutting down.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Applies new migrations under the start-up lock (any number of instances may start at once), then
# serves; `exec` makes the server the process that receives SIGTERM (it drains, stores, closes).
CMD ["sh", "-c", "node apps/server/scripts/migrate.mjs apply && exec node apps/server/dist/main.js"]
