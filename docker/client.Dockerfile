# The static client behind nginx, proxying the API and both sockets to the server service.
# Build from the repo root: docker build -f docker/client.Dockerfile .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npx --yes pnpm@10.34.9 install --frozen-lockfile \
 && npx --yes pnpm@10.34.9 exec turbo run build --filter=@iep/client

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/client/dist /usr/share/nginx/html
EXPOSE 80
