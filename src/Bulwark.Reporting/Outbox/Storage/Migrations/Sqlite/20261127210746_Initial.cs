using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bulwark.Reporting.Outbox.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RemoteReportId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Restarts = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Receipt = table.Column<string>(type: "TEXT", nullable: true),
                    FailAfterRetract = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    HoldPlaced = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RemoteReportId = table.Column<string>(type: "TEXT", nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Code = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_events_outbox_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "outbox_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EvidenceReference = table.Column<string>(type: "TEXT", nullable: false),
                    ExpectedMd5 = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DetailsPayload = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RemoteFileId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Md5 = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_files_outbox_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "outbox_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_events_ReportId",
                table: "outbox_events",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_files_ReportId_Ordinal",
                table: "outbox_files",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_reports_Destination_CaseId",
                table: "outbox_reports",
                columns: new[] { "Destination", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_reports_State",
                table: "outbox_reports",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_events");

            migrationBuilder.DropTable(
                name: "outbox_files");

            migrationBuilder.DropTable(
                name: "outbox_reports");
        }
    }
}
