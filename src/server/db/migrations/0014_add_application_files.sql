CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"field_key" text NOT NULL,
	"original_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_files_one_per_field" UNIQUE("application_id","field_key"),
	CONSTRAINT "application_files_size_positive" CHECK ("application_files"."size" > 0),
	CONSTRAINT "application_files_sha256_format" CHECK ("application_files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "call_fields" DROP CONSTRAINT "call_fields_type_known";--> statement-breakpoint
ALTER TABLE "call_fields" ADD COLUMN "max_file_mb" integer;--> statement-breakpoint
ALTER TABLE "call_fields" ADD COLUMN "file_kinds" jsonb;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("organization_id","application_id");--> statement-breakpoint
ALTER TABLE "call_fields" ADD CONSTRAINT "call_fields_max_file_mb_range" CHECK ("call_fields"."max_file_mb" is null or "call_fields"."max_file_mb" between 1 and 25);--> statement-breakpoint
ALTER TABLE "call_fields" ADD CONSTRAINT "call_fields_type_known" CHECK ("call_fields"."type" in ('short_text','long_text','single_choice','multiple_choice','number','date','email','phone','country','consent','file'));