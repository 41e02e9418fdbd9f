CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"actor_user_id" text,
	"kind" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_events_kind_known" CHECK ("application_events"."kind" in ('started','submitted','screened_out','withdrawn','accepted','waitlisted','rejected'))
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"person_id" uuid,
	"group_id" uuid,
	"applicant_user_id" text,
	"locale" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"enrollment_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_status_known" CHECK ("applications"."status" in ('draft','submitted','withdrawn','screened_out','accepted','waitlisted','rejected')),
	CONSTRAINT "applications_has_applicant" CHECK ("applications"."person_id" is not null or "applications"."group_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "call_fields" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"label" jsonb NOT NULL,
	"help" jsonb,
	"required" boolean DEFAULT false NOT NULL,
	"options" jsonb,
	"max_words" integer,
	"min_value" double precision,
	"max_value" double precision,
	"eligibility" jsonb,
	CONSTRAINT "call_fields_one_per_key" UNIQUE("call_id","key"),
	CONSTRAINT "call_fields_one_per_position" UNIQUE("call_id","position"),
	CONSTRAINT "call_fields_type_known" CHECK ("call_fields"."type" in ('short_text','long_text','single_choice','multiple_choice','number','date','email','phone','country','consent')),
	CONSTRAINT "call_fields_key_format" CHECK ("call_fields"."key" ~ '^[a-z][a-z0-9_]{0,39}$'),
	CONSTRAINT "call_fields_max_words_positive" CHECK ("call_fields"."max_words" is null or "call_fields"."max_words" > 0),
	CONSTRAINT "call_fields_range_ordered" CHECK ("call_fields"."min_value" is null or "call_fields"."max_value" is null or "call_fields"."min_value" <= "call_fields"."max_value")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"max_acceptances" integer,
	"applicant_kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_closes_after_opens" CHECK ("calls"."closes_at" > "calls"."opens_at"),
	CONSTRAINT "calls_max_acceptances_positive" CHECK ("calls"."max_acceptances" is null or "calls"."max_acceptances" > 0),
	CONSTRAINT "calls_applicant_kind_known" CHECK ("calls"."applicant_kind" in ('person','group','either')),
	CONSTRAINT "calls_status_known" CHECK ("calls"."status" in ('draft','published','closed'))
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_user_id_user_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_fields" ADD CONSTRAINT "call_fields_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_fields" ADD CONSTRAINT "call_fields_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("organization_id","application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_live_per_person" ON "applications" USING btree ("call_id","person_id") WHERE "applications"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_live_per_group" ON "applications" USING btree ("call_id","group_id") WHERE "applications"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "applications_call_idx" ON "applications" USING btree ("organization_id","call_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_user_id","updated_at");--> statement-breakpoint
CREATE INDEX "calls_organization_idx" ON "calls" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "calls_open_idx" ON "calls" USING btree ("status","closes_at");