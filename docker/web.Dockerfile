# syntax=docker/dockerfile:1.7
# The SPA behind nginx (non-root), proxying /api, /health and /metrics-free paths to the API.
#   docker build -f docker/web.Dockerfile -t welness-web .
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig*.json ./
COPY apps/web ./apps/web
COPY libs ./libs
RUN npm run build:web

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:8080/nginx-health >/dev/null || exit 1
