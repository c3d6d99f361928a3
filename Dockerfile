# contact-intake as a container, for Azure Container Apps (App Service uses infra/ and a zip instead).
# Configure it with the same environment variables as the App Service template (infra/README.md).
#
# Node major: keep it equal to the App Service runtime in infra/main.bicep (linuxFxVersion); a test checks it.
ARG NODE_VERSION=22

# ---- build: compile TypeScript. Install scripts are skipped: tsc needs no native module. ----
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY cards ./cards
COPY src ./src
RUN npm run build

# ---- prod-deps: production dependencies, with better-sqlite3 compiled against this very Node. ----
# Same base image as the runtime stage, so the native module's ABI matches; the compilers stay behind.
FROM node:${NODE_VERSION}-bookworm-slim AS prod-deps
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

# ---- runtime ----
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978
WORKDIR /app
# Code and dependencies stay owned by root: the service cannot change them.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The embedded defaults (STORE=sqlite, MAIL=outbox) write here; mount a volume to keep that data.
RUN mkdir -p /app/data /app/outbox \
    && chown 1000:1000 /app/data /app/outbox
# The image's "node" user, by number so that runAsNonRoot checks can verify it.
USER 1000:1000
EXPOSE 3978
# No curl in the image: Node's own fetch asks /healthz. Container Apps ignores HEALTHCHECK: give it probes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli/main.js", "serve"]
