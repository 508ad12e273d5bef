# The API, the document socket and socket.io, serving the built client too.
# Build from the repo root: docker build -f docker/server.Dockerfile .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npx --yes pnpm@10.34.9 install --frozen-lockfile \
 && npx --yes pnpm@10.34.9 exec turbo run build --filter=@iep/server...

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app /app
EXPOSE 3000
# Applies new migrations (offline WASM engine), then serves.
CMD ["sh", "-c", "node apps/server/scripts/migrate.mjs apply && node apps/server/dist/main.js"]
