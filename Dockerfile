# Container image for the web app (issue 10). Build: docker build -t iljari .
# Run (SQLite + demo data on a volume):
#   docker run -p 8080:8080 -v iljari-data:/data -e Iljari__DemoMode=true iljari
# Run (PostgreSQL, several instances behind a load balancer: see docs/operations.md):
#   docker run -p 8080:8080 -v iljari-keys:/data/keys \
#     -e ConnectionStrings__Sqlite= -e ConnectionStrings__Postgres="Host=db;Database=iljari;Username=iljari;Password=..." iljari
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props Iljari.slnx ./
COPY src/Iljari.Core/Iljari.Core.csproj src/Iljari.Core/
COPY src/Iljari.Matching/Iljari.Matching.csproj src/Iljari.Matching/
COPY src/Iljari.Scheduling/Iljari.Scheduling.csproj src/Iljari.Scheduling/
COPY src/Iljari.Web/Iljari.Web.csproj src/Iljari.Web/
RUN dotnet restore src/Iljari.Web/Iljari.Web.csproj
COPY src/ src/
RUN dotnet publish src/Iljari.Web/Iljari.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Everything the app writes lives under /data: the SQLite file, uploads, the outbox sink and the Data Protection keys.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Sqlite="Data Source=/data/iljari.db" \
    Iljari__KeysPath=/data/keys \
    Iljari__UploadFolder=/data/uploads \
    Iljari__Outbox__Folder=/data/outbox
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
# No HEALTHCHECK: the runtime image has no curl; point the orchestrator or load balancer at /health/live and /health/ready.
ENTRYPOINT ["dotnet", "Iljari.Web.dll"]
