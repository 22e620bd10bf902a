# syntax=docker/dockerfile:1.7
# The HTTP API (and, with WORKER_MODE=inline, the worker too). Build from the repo root:
#   docker build -f docker/api.Dockerfile -t welness-api .
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig*.json ./
COPY apps ./apps
COPY libs ./libs
COPY bench ./bench
RUN npm run build:server && npm run build:web

FROM node:22-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 WEB_DIST_DIR=/app/dist/web
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
# The Open Food Facts sample imported into an empty catalogue (FACTS_SEED_SAMPLE).
COPY --chown=node:node data/off-sample ./data/off-sample
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/api/src/main.js"]
