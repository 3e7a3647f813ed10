-- Schema version 1 as created by fupin-desktop 0.1.0. Frozen: never edit; migrations start from it.
CREATE TABLE area (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	code VARCHAR(12) NOT NULL, 
	name VARCHAR NOT NULL, 
	level VARCHAR NOT NULL, 
	parent_code VARCHAR(12), 
	PRIMARY KEY (id)
);
CREATE TABLE audit_event (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	at VARCHAR NOT NULL, 
	user VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	entity VARCHAR NOT NULL, 
	entity_id VARCHAR NOT NULL, 
	detail VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE cadre (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	unit VARCHAR NOT NULL, 
	post VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	village_id VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(village_id) REFERENCES village (id)
);
CREATE TABLE device_state (
	id INTEGER NOT NULL, 
	device_id VARCHAR NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc_wall_ms INTEGER NOT NULL, 
	hlc_counter INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE fund_entry (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	measure_id VARCHAR NOT NULL, 
	entry_date DATE NOT NULL, 
	amount FLOAT NOT NULL, 
	fund_source VARCHAR NOT NULL, 
	voucher_no VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(measure_id) REFERENCES measure (id)
);
CREATE TABLE household (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	village_id VARCHAR NOT NULL, 
	group_name VARCHAR NOT NULL, 
	household_no VARCHAR NOT NULL, 
	head_name VARCHAR NOT NULL, 
	size INTEGER NOT NULL, 
	phone VARCHAR NOT NULL, 
	bank_name VARCHAR NOT NULL, 
	bank_account VARCHAR NOT NULL, 
	identification_standard VARCHAR NOT NULL, 
	attribute VARCHAR NOT NULL, 
	main_cause VARCHAR NOT NULL, 
	other_cause_1 VARCHAR NOT NULL, 
	other_cause_2 VARCHAR NOT NULL, 
	cause_note VARCHAR NOT NULL, 
	military_family BOOLEAN NOT NULL, 
	only_child BOOLEAN NOT NULL, 
	two_daughters BOOLEAN NOT NULL, 
	status VARCHAR NOT NULL, 
	identified_year INTEGER, 
	exit_year INTEGER, 
	planned_exit_year INTEGER, 
	return_year INTEGER, 
	return_reason VARCHAR NOT NULL, 
	monitoring_category VARCHAR NOT NULL, 
	risk_types VARCHAR NOT NULL, 
	risk_eliminated BOOLEAN NOT NULL, 
	relocated BOOLEAN NOT NULL, 
	relocation_mode VARCHAR NOT NULL, 
	arable_mu FLOAT NOT NULL, 
	irrigated_mu FLOAT NOT NULL, 
	forest_mu FLOAT NOT NULL, 
	returned_farmland_mu FLOAT NOT NULL, 
	orchard_mu FLOAT NOT NULL, 
	pasture_mu FLOAT NOT NULL, 
	water_surface_mu FLOAT NOT NULL, 
	has_electricity BOOLEAN NOT NULL, 
	has_broadcast_tv BOOLEAN NOT NULL, 
	road_distance_km FLOAT NOT NULL, 
	access_road_type VARCHAR NOT NULL, 
	housing_area_m2 FLOAT NOT NULL, 
	house_grade VARCHAR NOT NULL, 
	drinking_water_difficult BOOLEAN NOT NULL, 
	drinking_water_safe BOOLEAN NOT NULL, 
	main_fuel VARCHAR NOT NULL, 
	sanitary_toilet BOOLEAN NOT NULL, 
	in_cooperative BOOLEAN NOT NULL, 
	enterprise_led BOOLEAN NOT NULL, 
	leader_led BOOLEAN NOT NULL, 
	food_clothing_ok BOOLEAN NOT NULL, 
	compulsory_education_ok BOOLEAN NOT NULL, 
	medical_insurance_ok BOOLEAN NOT NULL, 
	housing_safe_ok BOOLEAN NOT NULL, 
	income_year INTEGER, 
	wage_income FLOAT NOT NULL, 
	public_job_income FLOAT NOT NULL, 
	planting_income FLOAT NOT NULL, 
	breeding_income FLOAT NOT NULL, 
	forestry_fruit_income FLOAT NOT NULL, 
	other_production_income FLOAT NOT NULL, 
	dividend_income FLOAT NOT NULL, 
	land_transfer_income FLOAT NOT NULL, 
	rent_income FLOAT NOT NULL, 
	interest_income FLOAT NOT NULL, 
	dibao_income FLOAT NOT NULL, 
	tekun_income FLOAT NOT NULL, 
	pension_income FLOAT NOT NULL, 
	eco_compensation_income FLOAT NOT NULL, 
	family_planning_income FLOAT NOT NULL, 
	other_subsidy_income FLOAT NOT NULL, 
	production_expenses FLOAT NOT NULL, 
	net_income FLOAT NOT NULL, 
	per_capita_income FLOAT NOT NULL, 
	responsible_cadre_id VARCHAR, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(village_id) REFERENCES village (id), 
	FOREIGN KEY(responsible_cadre_id) REFERENCES cadre (id)
);
CREATE TABLE measure (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	plan_id VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	scope VARCHAR NOT NULL, 
	member_id VARCHAR, 
	item_code VARCHAR NOT NULL, 
	family VARCHAR NOT NULL, 
	policy_ref VARCHAR NOT NULL, 
	detail VARCHAR NOT NULL, 
	responsible_cadre_id VARCHAR, 
	responsible_name VARCHAR NOT NULL, 
	start_date DATE, 
	due_date DATE, 
	amount FLOAT, 
	fund_source VARCHAR NOT NULL, 
	enterprise VARCHAR NOT NULL, 
	cooperative VARCHAR NOT NULL, 
	production_base VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	done_date DATE, 
	cancel_reason VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(plan_id) REFERENCES "plan" (id), 
	FOREIGN KEY(member_id) REFERENCES member (id), 
	FOREIGN KEY(responsible_cadre_id) REFERENCES cadre (id)
);
CREATE TABLE member (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	household_id VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	sex VARCHAR NOT NULL, 
	id_type VARCHAR NOT NULL, 
	id_number VARCHAR NOT NULL, 
	birth_date DATE, 
	relationship VARCHAR NOT NULL, 
	ethnicity VARCHAR NOT NULL, 
	political_status VARCHAR NOT NULL, 
	education VARCHAR NOT NULL, 
	school_status VARCHAR NOT NULL, 
	health VARCHAR NOT NULL, 
	disability_grade VARCHAR NOT NULL, 
	labour_skill VARCHAR NOT NULL, 
	work_status VARCHAR NOT NULL, 
	work_months FLOAT NOT NULL, 
	medical_insurance BOOLEAN NOT NULL, 
	serious_illness_insurance BOOLEAN NOT NULL, 
	pension_insurance BOOLEAN NOT NULL, 
	dibao BOOLEAN NOT NULL, 
	tekun BOOLEAN NOT NULL, 
	active_military BOOLEAN NOT NULL, 
	phone VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(household_id) REFERENCES household (id)
);
CREATE TABLE package_log (
	package_id VARCHAR NOT NULL, 
	direction VARCHAR NOT NULL, 
	peer_device_id VARCHAR NOT NULL, 
	at VARCHAR NOT NULL, 
	file_name VARCHAR NOT NULL, 
	seq_from INTEGER NOT NULL, 
	seq_to INTEGER NOT NULL, 
	record_count INTEGER NOT NULL, 
	summary VARCHAR NOT NULL, 
	PRIMARY KEY (package_id)
);
CREATE TABLE peer_watermark (
	device_id VARCHAR NOT NULL, 
	direction VARCHAR NOT NULL, 
	seq INTEGER NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	PRIMARY KEY (device_id, direction)
);
CREATE TABLE "plan" (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	household_id VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	version INTEGER NOT NULL, 
	status VARCHAR NOT NULL, 
	is_current BOOLEAN NOT NULL, 
	supersedes_id VARCHAR, 
	expected_effect VARCHAR NOT NULL, 
	diagnosis_note VARCHAR NOT NULL, 
	wizard_state VARCHAR NOT NULL, 
	confirmed_at VARCHAR, 
	confirmed_by VARCHAR NOT NULL, 
	printed_at VARCHAR, 
	signed_at VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(household_id) REFERENCES household (id)
);
CREATE TABLE rectification (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	village_id VARCHAR, 
	household_id VARCHAR, 
	problem VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	responsible VARCHAR NOT NULL, 
	deadline DATE, 
	status VARCHAR NOT NULL, 
	evidence_note VARCHAR NOT NULL, 
	closed_date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(village_id) REFERENCES village (id), 
	FOREIGN KEY(household_id) REFERENCES household (id)
);
CREATE TABLE setting (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE sync_conflict (
	id VARCHAR NOT NULL, 
	table_name VARCHAR NOT NULL, 
	record_id VARCHAR NOT NULL, 
	field VARCHAR NOT NULL, 
	winner_value VARCHAR NOT NULL, 
	winner_stamp VARCHAR NOT NULL, 
	loser_value VARCHAR NOT NULL, 
	loser_stamp VARCHAR NOT NULL, 
	package_id VARCHAR NOT NULL, 
	detected_at VARCHAR NOT NULL, 
	resolved BOOLEAN NOT NULL, 
	resolution VARCHAR, 
	PRIMARY KEY (id)
);
CREATE TABLE target (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	area_code VARCHAR(12) NOT NULL, 
	people_target INTEGER NOT NULL, 
	villages_target INTEGER NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE trusted_key (
	fingerprint VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	device_id VARCHAR NOT NULL, 
	signing_public_key VARCHAR NOT NULL, 
	age_recipient VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	villages VARCHAR NOT NULL, 
	revoked BOOLEAN NOT NULL, 
	added_at VARCHAR NOT NULL, 
	PRIMARY KEY (fingerprint)
);
CREATE TABLE village (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	code VARCHAR(12) NOT NULL, 
	name VARCHAR NOT NULL, 
	township_code VARCHAR(12) NOT NULL, 
	is_poverty_village BOOLEAN NOT NULL, 
	exit_year INTEGER, 
	registered_population INTEGER, 
	road_hardened BOOLEAN NOT NULL, 
	bus_service BOOLEAN NOT NULL, 
	safe_water BOOLEAN NOT NULL, 
	electricity BOOLEAN NOT NULL, 
	broadcast_tv BOOLEAN NOT NULL, 
	culture_center BOOLEAN NOT NULL, 
	clinic_doctor BOOLEAN NOT NULL, 
	broadband BOOLEAN NOT NULL, 
	collective_income FLOAT NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE visit (
	id VARCHAR(32) NOT NULL, 
	device_id VARCHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	origin_hlc VARCHAR NOT NULL, 
	field_stamps VARCHAR NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	deleted_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	household_id VARCHAR NOT NULL, 
	visit_date DATE NOT NULL, 
	cadre_id VARCHAR, 
	cadre_name VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	findings VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(household_id) REFERENCES household (id), 
	FOREIGN KEY(cadre_id) REFERENCES cadre (id)
);
CREATE UNIQUE INDEX ix_area_code ON area (code);
CREATE INDEX ix_area_deleted ON area (deleted);
CREATE INDEX ix_area_hlc ON area (hlc);
CREATE INDEX ix_area_parent_code ON area (parent_code);
CREATE INDEX ix_audit_event_action ON audit_event (action);
CREATE INDEX ix_audit_event_at ON audit_event (at);
CREATE INDEX ix_audit_event_deleted ON audit_event (deleted);
CREATE INDEX ix_audit_event_hlc ON audit_event (hlc);
CREATE INDEX ix_cadre_deleted ON cadre (deleted);
CREATE INDEX ix_cadre_hlc ON cadre (hlc);
CREATE INDEX ix_cadre_name ON cadre (name);
CREATE INDEX ix_cadre_village_id ON cadre (village_id);
CREATE INDEX ix_fund_entry_deleted ON fund_entry (deleted);
CREATE INDEX ix_fund_entry_hlc ON fund_entry (hlc);
CREATE INDEX ix_fund_entry_measure_id ON fund_entry (measure_id);
CREATE INDEX ix_household_attribute ON household (attribute);
CREATE INDEX ix_household_deleted ON household (deleted);
CREATE INDEX ix_household_group_name ON household (group_name);
CREATE INDEX ix_household_head_name ON household (head_name);
CREATE INDEX ix_household_hlc ON household (hlc);
CREATE INDEX ix_household_household_no ON household (household_no);
CREATE INDEX ix_household_main_cause ON household (main_cause);
CREATE INDEX ix_household_per_capita_income ON household (per_capita_income);
CREATE INDEX ix_household_responsible_cadre_id ON household (responsible_cadre_id);
CREATE INDEX ix_household_status ON household (status);
CREATE INDEX ix_household_village_id ON household (village_id);
CREATE INDEX ix_measure_deleted ON measure (deleted);
CREATE INDEX ix_measure_due_date ON measure (due_date);
CREATE INDEX ix_measure_hlc ON measure (hlc);
CREATE INDEX ix_measure_item_code ON measure (item_code);
CREATE INDEX ix_measure_member_id ON measure (member_id);
CREATE INDEX ix_measure_plan_id ON measure (plan_id);
CREATE INDEX ix_measure_status ON measure (status);
CREATE INDEX ix_member_deleted ON member (deleted);
CREATE INDEX ix_member_hlc ON member (hlc);
CREATE INDEX ix_member_household_id ON member (household_id);
CREATE INDEX ix_member_id_number ON member (id_number);
CREATE INDEX ix_member_name ON member (name);
CREATE INDEX ix_plan_deleted ON "plan" (deleted);
CREATE INDEX ix_plan_hlc ON "plan" (hlc);
CREATE INDEX ix_plan_household_id ON "plan" (household_id);
CREATE INDEX ix_plan_is_current ON "plan" (is_current);
CREATE INDEX ix_plan_status ON "plan" (status);
CREATE INDEX ix_plan_year ON "plan" (year);
CREATE INDEX ix_rectification_deleted ON rectification (deleted);
CREATE INDEX ix_rectification_hlc ON rectification (hlc);
CREATE INDEX ix_rectification_household_id ON rectification (household_id);
CREATE INDEX ix_rectification_status ON rectification (status);
CREATE INDEX ix_rectification_village_id ON rectification (village_id);
CREATE INDEX ix_sync_conflict_record_id ON sync_conflict (record_id);
CREATE INDEX ix_sync_conflict_resolved ON sync_conflict (resolved);
CREATE INDEX ix_sync_conflict_table_name ON sync_conflict (table_name);
CREATE INDEX ix_target_area_code ON target (area_code);
CREATE INDEX ix_target_deleted ON target (deleted);
CREATE INDEX ix_target_hlc ON target (hlc);
CREATE INDEX ix_target_year ON target (year);
CREATE UNIQUE INDEX ix_village_code ON village (code);
CREATE INDEX ix_village_deleted ON village (deleted);
CREATE INDEX ix_village_hlc ON village (hlc);
CREATE INDEX ix_village_township_code ON village (township_code);
CREATE INDEX ix_visit_deleted ON visit (deleted);
CREATE INDEX ix_visit_hlc ON visit (hlc);
CREATE INDEX ix_visit_household_id ON visit (household_id);
