# syntax=docker/dockerfile:1.7
# BullMQ worker (imports, check-ins, scheduled jobs); no public HTTP, only /metrics on 9464.
#   docker build -f docker/worker.Dockerfile -t welness-worker .
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig*.json ./
COPY apps ./apps
COPY libs ./libs
COPY bench ./bench
RUN npm run build:server

FROM node:22-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production WORKER_MODE=separate METRICS_PORT=9464
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
# The Open Food Facts sample imported into an empty catalogue (FACTS_SEED_SAMPLE).
COPY --chown=node:node data/off-sample ./data/off-sample
USER node
EXPOSE 9464
# Healthy while the worker's repeatable heartbeat job keeps landing in Redis.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/apps/worker/src/healthcheck.js"]
STOPSIGNAL SIGTERM
# A small young generation on the main thread: imports stream hundreds of MB through it, and
# with the default 16 MB semi-spaces their garbage alone added ~35 MB to peak RSS (docs/benchmarks.md).
CMD ["node", "--max-semi-space-size=8", "dist/apps/worker/src/main.js"]
