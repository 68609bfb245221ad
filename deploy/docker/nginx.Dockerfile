# syntax=docker/dockerfile:1.7
# nginx for every role (tls, lb, static, api-proxy, consolidated): the configurations are rendered
# at build time from deploy/topology.ts for this nginx version (HTTP/3 from 1.25) and region.
# A container picks its role by its command: nginx -c /etc/nginx/statex/<file> -g 'daemon off;'
#
#   docker build -f deploy/docker/nginx.Dockerfile --build-arg REGION=eu -t statex/nginx .
ARG NGINX_VERSION=1.27.5

FROM node:24-bookworm-slim AS render
WORKDIR /src
ARG NGINX_VERSION
ARG TARGET=compose
ARG REGION=eu
COPY package.json ./
COPY packages/templates/src/content-security-policy.ts packages/templates/src/
COPY deploy/topology.ts deploy/render.ts deploy/
RUN node deploy/render.ts --target "$TARGET" --region "$REGION" --nginx-version "$NGINX_VERSION" --out /out

FROM nginx:${NGINX_VERSION}-bookworm
COPY --from=render /out /etc/nginx/statex
RUN mkdir -p /var/www/acme /var/lib/statex/sites /var/cache/nginx
EXPOSE 80 443 443/udp 8081 8082 8083
STOPSIGNAL SIGQUIT
CMD ["nginx", "-c", "/etc/nginx/statex/consolidated.conf", "-g", "daemon off;"]
