# syntax=docker/dockerfile:1
# Build: docker build -t sexworkresourcehub .
# Run:   docker run -p 8080:8080 -v hub-data:/app/data -e Site__BaseUrl=https://example.org sexworkresourcehub

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone first, so this layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/SexWorkResourceHub.Web/SexWorkResourceHub.Web.csproj src/SexWorkResourceHub.Web/
# TARGETARCH (amd64, arm64) is set by BuildKit: the publish is ReadyToRun for that architecture.
ARG TARGETARCH
RUN dotnet restore src/SexWorkResourceHub.Web/SexWorkResourceHub.Web.csproj -a "$TARGETARCH"
COPY src/ src/
# The same publish that test.sh runs and its published-site tests start (there with --use-current-runtime).
RUN dotnet publish src/SexWorkResourceHub.Web -c Release -a "$TARGETARCH" --self-contained false -o /app/publish --no-restore -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/app/content \
    ConnectionStrings__Hub="Data Source=/app/data/hub.db"
COPY --from=build /app/publish ./
# Content sits in its own layer: an article edit rebuilds only this layer, not the application.
COPY content/ ./content/
# The database and the Data Protection keys live in /app/data; mount a volume there to keep them.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "SexWorkResourceHub.Web.dll"]
