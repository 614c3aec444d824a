using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bulwark.Casework.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ExternalUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnforcementActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementEvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_enforcement_actions_EnforcementActionId",
                        column: x => x.EnforcementActionId,
                        principalTable: "enforcement_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_appeals_evidence_StatementEvidenceId",
                        column: x => x.StatementEvidenceId,
                        principalTable: "evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ExternalUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OpenSubjectKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastItemAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClaimExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "console_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "console_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    RevealMediaByDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ReporterId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubjectUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_reports_evidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnforcementActionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_decisions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_console_role_claims_console_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "console_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_console_user_claims_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_console_user_logins_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_console_user_roles_console_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "console_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_console_user_roles_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_console_user_tokens_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_items_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_case_items_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_case_items_user_reports_UserReportId",
                        column: x => x.UserReportId,
                        principalTable: "user_reports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_EnforcementActionId",
                table: "appeals",
                column: "EnforcementActionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_StatementEvidenceId",
                table: "appeals",
                column: "StatementEvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_Status",
                table: "appeals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_case_decisions_CaseId",
                table: "case_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_decisions_DecidedAt",
                table: "case_decisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_case_decisions_EnforcementActionId",
                table: "case_decisions",
                column: "EnforcementActionId");

            migrationBuilder.CreateIndex(
                name: "IX_case_items_CaseId",
                table: "case_items",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_items_IncidentId",
                table: "case_items",
                column: "IncidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_items_UserReportId",
                table: "case_items",
                column: "UserReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_OpenSubjectKey",
                table: "cases",
                column: "OpenSubjectKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_Queue_Status_Priority_OpenedAt",
                table: "cases",
                columns: new[] { "Queue", "Status", "Priority", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_TenantId_ExternalUserId",
                table: "cases",
                columns: new[] { "TenantId", "ExternalUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_console_role_claims_RoleId",
                table: "console_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "console_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_console_user_claims_UserId",
                table: "console_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_console_user_logins_UserId",
                table: "console_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_console_user_roles_RoleId",
                table: "console_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "console_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "console_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_reports_DedupeKey",
                table: "user_reports",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_reports_EvidenceId",
                table: "user_reports",
                column: "EvidenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "case_decisions");

            migrationBuilder.DropTable(
                name: "case_items");

            migrationBuilder.DropTable(
                name: "console_role_claims");

            migrationBuilder.DropTable(
                name: "console_user_claims");

            migrationBuilder.DropTable(
                name: "console_user_logins");

            migrationBuilder.DropTable(
                name: "console_user_roles");

            migrationBuilder.DropTable(
                name: "console_user_tokens");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "user_reports");

            migrationBuilder.DropTable(
                name: "console_roles");

            migrationBuilder.DropTable(
                name: "console_users");
        }
    }
}
