-- A store as the release before generated migrations left it (SQLite): the SQL its five hand-written
-- migrations produce (IMigrator.GenerateScript() on tag before-19), then a little data of each kind.
-- MigrationTests applies it to an empty database and migrates it with today's migrations.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NULL,
    "TimeZone" TEXT NOT NULL,
    "AllDay" INTEGER NOT NULL,
    "Yearly" INTEGER NOT NULL,
    "Participation" TEXT NOT NULL,
    "Place" TEXT NULL,
    "HowToJoin" TEXT NULL,
    "Organiser" TEXT NULL,
    "Url" TEXT NULL,
    "Series" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "DeletedAt" TEXT NULL
);

CREATE TABLE "Resources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Resources" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Description" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "SexWorkerLed" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "TextNumber" TEXT NULL,
    "Tty" TEXT NULL,
    "Hours" TEXT NULL,
    "LastVerified" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "DeletedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");

CREATE INDEX "IX_Events_Start" ON "Events" ("Start");

CREATE UNIQUE INDEX "IX_Resources_Slug" ON "Resources" ("Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122000001_InitialStore', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "EntityType" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);

CREATE TABLE "Editors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Editors" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "IsDisabled" INTEGER NOT NULL,
    "FailedSignIns" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "LastSignInAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "Suggestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Suggestions" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Fields" TEXT NOT NULL,
    "Contact" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "ResultSlug" TEXT NULL,
    "EditorNote" TEXT NULL
);

CREATE TABLE "EditorSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EditorSessions" PRIMARY KEY,
    "EditorId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastSeenAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    CONSTRAINT "FK_EditorSessions_Editors_EditorId" FOREIGN KEY ("EditorId") REFERENCES "Editors" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

CREATE UNIQUE INDEX "IX_Editors_Email" ON "Editors" ("Email");

CREATE INDEX "IX_EditorSessions_EditorId" ON "EditorSessions" ("EditorId");

CREATE INDEX "IX_Suggestions_Status" ON "Suggestions" ("Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122000002_EditorsSuggestionsAudit', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000001_DataProtectionKeys', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Resources" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Events" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AuditEntries" ADD "RecordVersion" INTEGER NULL;

ALTER TABLE "Suggestions" ADD "IdempotencyKey" TEXT NULL;

CREATE UNIQUE INDEX "IX_Suggestions_IdempotencyKey" ON "Suggestions" ("IdempotencyKey");

DROP INDEX "IX_Suggestions_Status";

CREATE INDEX "IX_Suggestions_Status_CreatedAt" ON "Suggestions" ("Status", "CreatedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201000010_ConcurrencyAndIdempotency', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SignInThrottles" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SignInThrottles" PRIMARY KEY,
    "Failures" INTEGER NOT NULL,
    "Blocks" INTEGER NOT NULL,
    "BlockedUntil" TEXT NULL,
    "LastFailureAt" TEXT NOT NULL
);

CREATE INDEX "IX_SignInThrottles_LastFailureAt" ON "SignInThrottles" ("LastFailureAt");

UPDATE "Editors" SET "FailedSignIns" = 0;

ALTER TABLE "Editors" DROP COLUMN "LockedUntil";

ALTER TABLE "Editors" ADD "LastFailedSignInAt" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201000020_SignInThrottles', '10.0.14');

COMMIT;

-- A little data, as the site stores it.
INSERT INTO "Resources" ("Slug", "Name", "Url", "Description", "Kind", "Tags", "Region", "Place", "Languages", "SexWorkerLed", "Phone", "Hours", "LastVerified", "CreatedAt", "UpdatedAt", "Version")
VALUES ('night-line', 'Night Line', 'https://night-line.example.org/', 'A phone line open all night.', 'Hotline', '["health","safety"]', 'National', NULL, '["en","es"]', 'Yes', '0800 000 000', 'Every night', '2026-11-01', '2026-11-20 09:00:00', '2026-11-30 12:00:00', 0);
-- Places as the release before places had fields kept them: a scope and free text.
INSERT INTO "Resources" ("Slug", "Name", "Url", "Description", "Kind", "Tags", "Region", "Place", "Languages", "SexWorkerLed", "CreatedAt", "UpdatedAt", "Version")
VALUES
  ('state-group', 'State Group', 'https://state-group.example.org/', 'A group.', 'AdvocacyGroup', '[]', 'State', 'Rhode Island', '["en"]', 'Unknown', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0),
  ('city-clinic', 'City Clinic', 'https://city-clinic.example.org/', 'A group.', 'AdvocacyGroup', '[]', 'City', 'New York City, NY', '["en"]', 'Unknown', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0),
  ('two-cities', 'Two Cities', 'https://two-cities.example.org/', 'A group.', 'AdvocacyGroup', '[]', 'City', 'Las Vegas, NV, and Portland, OR', '["en"]', 'Unknown', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0),
  ('spelled-out', 'Spelled Out', 'https://spelled-out.example.org/', 'A group.', 'AdvocacyGroup', '[]', 'City', ' Portland, oregon ', '["en"]', 'Unknown', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0),
  ('world-network', 'World Network', 'https://world-network.example.org/', 'A group.', 'AdvocacyGroup', '[]', 'International', NULL, '["en"]', 'Unknown', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0);
INSERT INTO "Events" ("Slug", "Title", "Description", "Start", "End", "TimeZone", "AllDay", "Yearly", "Participation", "Status", "CreatedAt", "UpdatedAt", "Version")
VALUES ('winter-chat', 'Winter Chat', 'An evening chat.', '2026-12-17 18:00:00', '2026-12-17 20:00:00', 'Europe/London', 0, 1, 'OnlineChat', 'Scheduled', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 2);
INSERT INTO "Editors" ("Email", "PasswordHash", "IsDisabled", "FailedSignIns", "LastSignInAt", "CreatedAt", "UpdatedAt", "LastFailedSignInAt")
VALUES ('editor@example.org', 'AQAAAAIAAYagAAAAEPlaceholderHashNotARealPassword==', 0, 1, '2026-11-29 08:00:00', '2026-11-20 09:00:00', '2026-11-29 08:00:00', '2026-11-28 07:00:00');
INSERT INTO "EditorSessions" ("Id", "EditorId", "CreatedAt", "LastSeenAt") VALUES ('f3a9c1d2e4b5a6c7d8e9f0a1b2c3d4e5', 1, '2026-11-29 08:00:00', '2026-11-29 08:30:00');
INSERT INTO "Suggestions" ("Kind", "Status", "Fields", "Contact", "CreatedAt", "IdempotencyKey")
VALUES ('Resource', 'Pending', '{"name":"Drop-in Clinic","url":"https://clinic.example.org/"}', NULL, '2026-11-30 10:00:00', '0123456789abcdef0123456789abcdef');
INSERT INTO "AuditEntries" ("EntityType", "EntityId", "Action", "ChangedBy", "ChangedAt", "Changes", "RecordVersion")
VALUES ('Event', 1, 'Updated', 'editor@example.org', '2026-11-30 12:00:00', '[{"field":"Title","before":"Chat","after":"Winter Chat"}]', 2);
INSERT INTO "SignInThrottles" ("Key", "Failures", "Blocks", "BlockedUntil", "LastFailureAt") VALUES ('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 1, 0, NULL, '2026-11-28 07:00:00');
INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES ('key-00000000-0000-0000-0000-000000000001', '<key id="00000000-0000-0000-0000-000000000001" version="1" />');
