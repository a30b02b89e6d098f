//! Seed 001: Open Telekom Cloud GeminiDB Cassandra, POST /v3/{project_id}/instances.
//! An older, smaller API than seed 000: no billing, no restore, 3 to 200 nodes.

use super::{Api, Axis, Charset, Check::*, Choice, Cond::*, Detect, Example, Field, More, Options, PathParam, Rule, Section, Wire};

const YES: super::Cond = Always;

const NAME_CHARS: Charset = Charset {
    letters: true,
    unicode: false,
    digits: true,
    space: false,
    extra: "-_",
    says: "letters, digits, hyphens (-) and underscores (_)",
};

pub static API: Api = Api {
    id: "geminidb-cassandra",
    title: "GeminiDB Cassandra",
    seed: "001",
    cloud: "Open Telekom Cloud",
    method: "POST",
    path: "/v3/{project_id}/instances",
    path_params: &[PathParam { name: "project_id", label: "Project ID", help: doc!("Project ID of a tenant in a region."), default: None }],
    axes: &[Axis {
        id: "type",
        title: "Instance type",
        choices: &[Choice { id: "cluster", title: "Cluster", when: &YES, value: Some("Cluster"), detect: Detect::Fallback }],
    }],
    fields: &[
        Field {
            mandatory: &YES,
            help: doc!("Instance name, which can be the same as an existing instance name. It must start with a letter and can include 4 to 64 characters: letters, digits, hyphens (-) and underscores (_). Case-sensitive."),
            example: "test-cassandra-01",
            rules: &[
                Rule { id: doc!("geminidb-cassandra.name.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("The name must start with a letter and can include 4 to 64 characters.") },
                Rule { id: doc!("geminidb-cassandra.name.start"), when: &YES, check: StartsWithLetter, quote: doc!("The name must start with a letter and can include 4 to 64 characters.") },
                Rule { id: doc!("geminidb-cassandra.name.chars"), when: &YES, check: Charset(NAME_CHARS), quote: doc!("It is case-sensitive and can contain only letters, digits, hyphens (-), and underscores (_).") },
            ],
            ..Field::new("name", "Instance name", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Database information."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Database type. cassandra: GeminiDB Cassandra instances will be created."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["cassandra"] }],
                    example: "cassandra",
                    ..Field::new("type", "Database type", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Database version. 3.11: GeminiDB Cassandra 3.11."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["3.11"] }],
                    example: "3.11",
                    ..Field::new("version", "Database version", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Storage engine. rocksDB: GeminiDB Cassandra supports the RocksDB storage engine."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["rocksDB"] }],
                    example: "rocksDB",
                    ..Field::new("storage_engine", "Storage engine", Wire::Str)
                },
            ],
            ..Field::new("datastore", "Datastore", Wire::Object)
        },
        Field {
            mandatory: &YES,
            help: doc!("Region ID. The value cannot be empty. See Regions and Endpoints."),
            section: Section::Network,
            example: "eu-de",
            ..Field::new("region", "Region", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("AZ ID; see az_status returned in Querying Instance Specifications. If an instance can be created across three AZs, separate the AZ IDs by commas (,)."),
            section: Section::Network,
            example: "eu-de-01",
            rules: &[Rule { id: doc!("geminidb-cassandra.availability_zone.count"), when: &YES, check: CommaList { min: 1, max: 3 }, quote: doc!("If an instance can be created across three AZs, separate multiple AZ IDs by commas (,).") }],
            ..Field::new("availability_zone", "Availability zone(s)", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("VPC ID. Find it on the VPC console's VPC details page, or see \"Querying VPCs\" in the Virtual Private Cloud API Reference."),
            section: Section::Network,
            example: "674e9b42-cd8d-4d25-a2e6-5abcc565b961",
            ..Field::new("vpc_id", "VPC ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Subnet ID (the network ID). Find it on the VPC console's Subnets page, or see \"Querying Subnets\"."),
            section: Section::Network,
            example: "f1df08c5-71d1-406a-aff0-de435a51007",
            ..Field::new("subnet_id", "Subnet ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Security group ID. Find it on the VPC console under Access Control > Security Groups, or see \"Querying Security Groups\"."),
            section: Section::Network,
            example: "7aa51dbf-5b63-40db-9724-dad3c4828b58",
            ..Field::new("security_group_id", "Security group ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            secret: true,
            help: doc!("Database password: 8 to 32 characters with uppercase letters, lowercase letters, digits and the special characters ~!@#%^*-_=+? Enter a strong password against brute force cracking."),
            example: "Cassandra_2024!",
            rules: &[Rule { id: doc!("geminidb-cassandra.password.classes"), when: &YES, check: Password { min: 8, max: 32, classes: 4, specials: "~!@#%^*-_=+?" }, quote: doc!("The password can include 8 to 32 characters and contain uppercase letters, lowercase letters, digits, and the following special characters: ~!@#%^*-_=+?") }],
            ..Field::new("password", "Database password", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Instance type. Cluster: GeminiDB Cassandra supports the cluster type."),
            section: Section::Spec,
            more: &More { pin: Some("type"), ..More::NONE },
            ..Field::new("mode", "Instance type", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Instance specifications; see flavors in Querying Instance Specifications."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Number of nodes: each GeminiDB Cassandra instance can contain 3 to 200 nodes."),
                    section: Section::Spec,
                    example: "3",
                    rules: &[Rule { id: doc!("geminidb-cassandra.flavor.num.range"), when: &YES, check: Range { min: 3, max: 200 }, quote: doc!("Each GeminiDB Cassandra instance can contain 3 to 200 nodes.") }],
                    ..Field::new("num", "Number of nodes", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Storage space in GB; an integer."),
                    section: Section::Spec,
                    example: "500",
                    rules: &[Rule { id: doc!("geminidb-cassandra.flavor.size.integer"), when: &YES, check: Range { min: 1, max: i64::MAX }, quote: doc!("Storage space. It must be an integer, in GB.") }],
                    ..Field::new("size", "Storage space (GB)", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Disk type. ULTRAHIGH: SSD disks."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["ULTRAHIGH"] }],
                    example: "ULTRAHIGH",
                    ..Field::new("storage", "Disk type", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Resource specification code; see spec_code in Querying Instance Specifications."),
                    section: Section::Spec,
                    example: "geminidb.cassandra.4xlarge.4",
                    ..Field::new("spec_code", "Specification code", Wire::Str)
                },
            ],
            ..Field::new("flavor", "Flavor", Wire::Objects)
        },
        Field {
            help: doc!("ID of the parameter template applied to the new instance. Optional: the document sets no constraint and no default."),
            section: Section::Advanced,
            ..Field::new("configuration_id", "Parameter template ID", Wire::Str)
        },
        Field {
            help: doc!("Advanced backup policy."),
            section: Section::Backup,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Backup time window, hh:mm-HH:MM in UTC. HH must be 1 greater than hh; mm and MM must be the same and must be 00, 15, 30 or 45. If not sent, the window is 00:00 to 01:00."),
                    section: Section::Backup,
                    example: "08:15-09:15",
                    rules: &[Rule { id: doc!("geminidb-cassandra.backup_strategy.start_time.window"), when: &YES, check: BackupWindow { minutes: &["00", "15", "30", "45"] }, quote: doc!("It must be the UTC time in the hh:mm-HH:MM format. The HH value must be 1 greater than the hh value. The values of mm and MM must be the same and must be set to 00, 15, 30, or 45.") }],
                    more: &More { default: Some("00:00-01:00"), ..More::NONE },
                    ..Field::new("start_time", "Backup window", Wire::Str)
                },
                Field {
                    help: doc!("Backup retention days, 0 to 35. 0: the automated backup policy is not set. If not sent, backups are kept for 7 days."),
                    section: Section::Backup,
                    example: "8",
                    rules: &[Rule { id: doc!("geminidb-cassandra.backup_strategy.keep_days.range"), when: &YES, check: Range { min: 0, max: 35 }, quote: doc!("The value ranges from 0 to 35.") }],
                    more: &More { default: Some("7"), ..More::NONE },
                    ..Field::new("keep_days", "Retention days", Wire::Str)
                },
            ],
            ..Field::new("backup_strategy", "Backup policy", Wire::Object)
        },
        Field {
            help: doc!("Enterprise project ID. Do not send it if EPS is not enabled. If EPS is enabled and it is not sent, the default enterprise project is used."),
            section: Section::Advanced,
            ..Field::new("enterprise_project_id", "Enterprise project ID", Wire::Str)
        },
        Field {
            help: doc!("Whether SSL is enabled. 0: disabled; 1: enabled. If not sent, SSL is disabled."),
            section: Section::Advanced,
            options: &[Options { when: &YES, values: &["0", "1"] }],
            example: "1",
            more: &More { default: Some("0"), ..More::NONE },
            ..Field::new("ssl_option", "SSL", Wire::Str)
        },
    ],
};

/// Endpoint hosts by region (`super::endpoints`).
pub static ENDPOINTS: &[&str] = &[];

/// The document's example request bodies, verbatim (`super::examples`).
pub static EXAMPLES: &[Example] = &[Example { title: "Pay-per-use 3-node cluster", mode: "cluster", json: doc!(include_str!("examples/geminidb-cassandra-1.json")) }];
