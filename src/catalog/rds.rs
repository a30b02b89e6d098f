//! Seed 003: Open Telekom Cloud RDS for MySQL, PostgreSQL and Microsoft SQL Server,
//! POST /v3/{project_id}/instances. Single, primary/standby (HA) or read replica.

use super::{Api, Axis, Charset, Check::*, Choice, Cond, Cond::*, Detect, Example, Field, More, Options, PathParam, Preset, Rule, Section, Wire};

const YES: Cond = Always;
const MYSQL: Cond = Is("engine", &["mysql"]);
const PG: Cond = Is("engine", &["postgresql"]);
const MSSQL: Cond = Is("engine", &["sqlserver"]);
const REPLICA: Cond = Is("topology", &["replica"]);
const NOT_REPLICA: Cond = Not(&REPLICA);
const HA: Cond = Is("topology", &["ha"]);

const PASSWORD_SENTENCE: super::Doc = doc!("A database password must be 8 to 32 characters long and contain at least three types of the following characters: uppercase letters, lowercase letters, digits, and special characters.");

pub static API: Api = Api {
    id: "rds",
    title: "RDS",
    seed: "003",
    cloud: "Open Telekom Cloud",
    method: "POST",
    path: "/v3/{project_id}/instances",
    path_params: &[PathParam { name: "project_id", label: "Project ID", help: doc!("Project ID of a tenant in a region."), default: None }],
    axes: &[
        Axis {
            id: "engine",
            title: "DB engine",
            choices: &[
                // A read replica's body names no engine, so a pasted replica reads as MySQL.
                Choice { id: "mysql", title: "MySQL", when: &YES, value: Some("MySQL"), detect: Detect::Fallback },
                Choice { id: "postgresql", title: "PostgreSQL", when: &YES, value: Some("PostgreSQL"), detect: Detect::Eq("datastore.type", "PostgreSQL") },
                Choice { id: "sqlserver", title: "Microsoft SQL Server", when: &YES, value: Some("SQLServer"), detect: Detect::Eq("datastore.type", "SQLServer") },
            ],
        },
        Axis {
            id: "topology",
            title: "Instance type",
            choices: &[
                Choice { id: "single", title: "Single instance", when: &YES, value: None, detect: Detect::Fallback },
                Choice { id: "ha", title: "Primary/standby", when: &YES, value: None, detect: Detect::Present("ha") },
                Choice { id: "replica", title: "Read replica", when: &YES, value: None, detect: Detect::Present("replica_of_id") },
            ],
        },
    ],
    fields: &[
        Field {
            mandatory: &YES,
            help: doc!("DB instance name: 4 to 64 characters, starting with a letter; letters, digits, hyphens (-) and underscores (_). Case-sensitive. DB instances of the same type can have the same name under the same tenant."),
            example: "rds-instance-rep2",
            rules: &[
                Rule { id: doc!("rds.name.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("The value must be 4 to 64 characters in length and start with a letter.") },
                Rule { id: doc!("rds.name.start"), when: &YES, check: StartsWithLetter, quote: doc!("The value must be 4 to 64 characters in length and start with a letter.") },
                Rule {
                    id: doc!("rds.name.chars"),
                    when: &YES,
                    check: Charset(Charset { letters: true, unicode: false, digits: true, space: false, extra: "-_", says: "letters, digits, hyphens (-) and underscores (_)" }),
                    quote: doc!("It is case-sensitive and can contain only letters, digits, hyphens (-), and underscores (_)."),
                },
            ],
            ..Field::new("name", "DB instance name", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &REPLICA,
            help: doc!("ID of the DB instance the read replica is created for; see id in Querying Details About DB Instances."),
            example: "afdsad-fds-fdsagin01",
            ..Field::new("replica_of_id", "Primary DB instance ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &NOT_REPLICA,
            help: doc!("Database information."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("DB engine: MySQL, PostgreSQL or SQLServer. Set by the engine you picked."),
                    section: Section::Spec,
                    more: &More { pin: Some("engine"), ..More::NONE },
                    ..Field::new("type", "DB engine", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Database version. MySQL: 5.6, 5.7, 8.0. PostgreSQL: 9.5, 9.6, 10, 11, 12, 13, 14, 15. Microsoft SQL Server: 2017_SE, 2017_EE, 2019_SE, 2019_EE, 2022_SE, 2022_EE; the EE editions support read replicas and not single DB instances."),
                    section: Section::Spec,
                    options: &[
                        Options { when: &MYSQL, values: &["5.6", "5.7", "8.0"] },
                        Options { when: &PG, values: &["9.5", "9.6", "10", "11", "12", "13", "14", "15"] },
                        Options { when: &MSSQL, values: &["2017_SE", "2017_EE", "2019_SE", "2019_EE", "2022_SE", "2022_EE"] },
                    ],
                    example: "8.0",
                    rules: &[Rule {
                        id: doc!("rds.datastore.version.sqlserver_single"),
                        when: &All(&[MSSQL, Is("topology", &["single"])]),
                        check: NoneOf(&["2017_EE", "2019_EE", "2022_EE"]),
                        quote: doc!("For Microsoft SQL Server, Only 2022_EE, 2019_EE and 2017_EE support the creation of read replicas and do not support the creation of single DB instances."),
                    }],
                    // Each engine's own: the document's "Example value: 9.6" and "2017_SE".
                    more: &More { examples: &[Preset { when: &PG, value: "9.6" }, Preset { when: &MSSQL, value: "2017_SE" }], ..More::NONE },
                    ..Field::new("version", "Database version", Wire::Str)
                },
            ],
            ..Field::new("datastore", "Datastore", Wire::Object)
        },
        Field {
            mandatory: &YES,
            when: &HA,
            help: doc!("HA configuration, used when creating primary/standby DB instances."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Primary/standby instance type. The value is Ha (case-insensitive)."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["Ha"] }],
                    example: "Ha",
                    more: &More { ignore_case: true, ..More::NONE },
                    ..Field::new("mode", "HA mode", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Replication mode for the standby DB instance. MySQL: async or semisync. PostgreSQL: async or sync. Microsoft SQL Server: sync."),
                    section: Section::Spec,
                    options: &[
                        Options { when: &MYSQL, values: &["async", "semisync"] },
                        Options { when: &PG, values: &["async", "sync"] },
                        Options { when: &MSSQL, values: &["sync"] },
                    ],
                    example: "async",
                    more: &More { examples: &[Preset { when: &MSSQL, value: "sync" }], ..More::NONE },
                    ..Field::new("replication_mode", "Replication mode", Wire::Str)
                },
            ],
            ..Field::new("ha", "High availability", Wire::Object)
        },
        Field {
            when: &NOT_REPLICA,
            help: doc!("Parameter template ID; see Obtaining a Parameter Template List."),
            section: Section::Advanced,
            ..Field::new("configuration_id", "Parameter template ID", Wire::Str)
        },
        Field {
            when: &NOT_REPLICA,
            help: doc!("Database port. MySQL: 1024 to 65535, except 12017 and 33071 (used by RDS). PostgreSQL: 2100 to 9500. Microsoft SQL Server: 1433, or 2100 to 9500 except 5355 and 5985. Defaults: 3306, 5432, 1433."),
            section: Section::Network,
            example: "8635",
            rules: &[
                Rule { id: doc!("rds.port.mysql"), when: &MYSQL, check: Range { min: 1024, max: 65535 }, quote: doc!("The MySQL database port ranges from 1024 to 65535 (excluding 12017 and 33071, which are occupied by the RDS system and cannot be used).") },
                Rule { id: doc!("rds.port.mysql_excluded"), when: &MYSQL, check: Excluded(&[12017, 33071]), quote: doc!("The MySQL database port ranges from 1024 to 65535 (excluding 12017 and 33071, which are occupied by the RDS system and cannot be used).") },
                Rule { id: doc!("rds.port.postgresql"), when: &PG, check: Range { min: 2100, max: 9500 }, quote: doc!("The PostgreSQL database port ranges from 2100 to 9500.") },
                Rule { id: doc!("rds.port.sqlserver"), when: &MSSQL, check: Ranges(&[(1433, 1433), (2100, 9500)]), quote: doc!("The Microsoft SQL Server database port is 1433 or ranges from 2100 to 9500 (excluding 5355 and 5985).") },
                Rule { id: doc!("rds.port.sqlserver_excluded"), when: &MSSQL, check: Excluded(&[5355, 5985]), quote: doc!("The Microsoft SQL Server database port is 1433 or ranges from 2100 to 9500 (excluding 5355 and 5985).") },
            ],
            ..Field::new("port", "Database port", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &NOT_REPLICA,
            secret: true,
            help: doc!("Database password: 8 to 32 characters with at least three of uppercase letters, lowercase letters, digits and special characters. Special characters: MySQL ~!@#$%^*-_=+?,()&  PostgreSQL ~!@#$%^*-_=+?,  SQL Server ~!@#$%^*-_+?,"),
            example: "Test@12345678",
            rules: &[
                Rule { id: doc!("rds.password.mysql"), when: &MYSQL, check: Password { min: 8, max: 32, classes: 3, specials: "~!@#$%^*-_=+?,()&" }, quote: PASSWORD_SENTENCE },
                Rule { id: doc!("rds.password.postgresql"), when: &PG, check: Password { min: 8, max: 32, classes: 3, specials: "~!@#$%^*-_=+?," }, quote: PASSWORD_SENTENCE },
                Rule { id: doc!("rds.password.sqlserver"), when: &MSSQL, check: Password { min: 8, max: 32, classes: 3, specials: "~!@#$%^*-_+?," }, quote: PASSWORD_SENTENCE },
            ],
            ..Field::new("password", "Database password", Wire::Str)
        },
        Field {
            when: &NOT_REPLICA,
            help: doc!("Advanced backup policy."),
            section: Section::Backup,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Backup time window, hh:mm-HH:MM in UTC. HH must be 1 greater than hh; mm and MM must be the same: 00, 15, 30 or 45. Examples: 08:15-09:15, 23:00-00:00."),
                    section: Section::Backup,
                    example: "08:15-09:15",
                    rules: &[Rule { id: doc!("rds.backup_strategy.start_time.window"), when: &YES, check: BackupWindow { minutes: &["00", "15", "30", "45"] }, quote: doc!("It must be a valid value in the \"hh:mm-HH:MM\" format. The HH value must be 1 greater than the hh value. The values of mm and MM must be the same and must be set to any of the following: 00, 15, 30, or 45.") }],
                    ..Field::new("start_time", "Backup window", Wire::Str)
                },
                Field {
                    help: doc!("Retention days for backup files, 0 to 732. Not set or 0: the automated backup policy is disabled (not allowed for SQL Server primary/standby instances)."),
                    section: Section::Backup,
                    example: "12",
                    rules: &[
                        Rule { id: doc!("rds.backup_strategy.keep_days.range"), when: &YES, check: Range { min: 0, max: 732 }, quote: doc!("The value range is from 0 to 732.") },
                        Rule { id: doc!("rds.backup_strategy.keep_days.sqlserver_ha"), when: &All(&[MSSQL, HA]), check: NotValue(0), quote: doc!("Primary/standby DB instances and Cluster DB instances of Microsoft SQL Server do not support disabling the automated backup policy.") },
                        // "Not specified" disables backups too: a backup_strategy for SQL Server
                        // primary/standby must give keep_days (docs/decisions.md #16).
                        Rule { id: doc!("rds.backup_strategy.keep_days.sqlserver_ha_given"), when: &All(&[MSSQL, HA]), check: Required, quote: doc!("If this parameter is not specified or set to 0, the automated backup policy is disabled.") },
                    ],
                    ..Field::new("keep_days", "Retention days", Wire::Int)
                },
            ],
            ..Field::new("backup_strategy", "Backup policy", Wire::Object)
        },
        Field {
            help: doc!("Key ID for disk encryption. Empty by default."),
            section: Section::Advanced,
            ..Field::new("disk_encryption_id", "Disk encryption key ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Specification code; the value cannot be empty. See spec_code in Querying Database Specifications."),
            section: Section::Spec,
            example: "rds.mysql.s1.large",
            ..Field::new("flavor_ref", "Specification code", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Volume information. For read replicas the size is the primary's."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Volume type, case-sensitive. COMMON: SATA storage. ULTRAHIGH: ultra-high I/O storage."),
                    section: Section::Spec,
                    options: &[Options { when: &YES, values: &["COMMON", "ULTRAHIGH"] }],
                    example: "ULTRAHIGH",
                    ..Field::new("type", "Volume type", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Volume size in GB: a multiple of 10 from 40 to 4000. Ignored for read replicas, whose volume is the primary's size."),
                    section: Section::Spec,
                    example: "100",
                    rules: &[
                        Rule { id: doc!("rds.volume.size.range"), when: &YES, check: Range { min: 40, max: 4000 }, quote: doc!("Its value must be a multiple of 10 and the value range is from 40 GB to 4000 GB.") },
                        Rule { id: doc!("rds.volume.size.step"), when: &YES, check: Step(10), quote: doc!("Its value must be a multiple of 10 and the value range is from 40 GB to 4000 GB.") },
                    ],
                    ..Field::new("size", "Volume size (GB)", Wire::Int)
                },
            ],
            ..Field::new("volume", "Volume", Wire::Object)
        },
        Field {
            mandatory: &NOT_REPLICA,
            help: doc!("Region ID; the value cannot be empty. Read replicas can only be created in the primary's region."),
            section: Section::Network,
            example: "eu-de",
            // Optional for a read replica, but never empty.
            rules: &[Rule { id: doc!("rds.region.not_empty"), when: &YES, check: NotEmpty, quote: doc!("The value cannot be empty.") }],
            ..Field::new("region", "Region", Wire::Str)
        },
        // Primary/standby needs one AZ per node; the two cases get their own entries so each
        // carries its own example.
        Field {
            mandatory: &YES,
            when: &Not(&HA),
            help: doc!("AZ ID of the DB instance. The value cannot be empty."),
            section: Section::Network,
            example: "eu-de-01",
            rules: &[Rule { id: doc!("rds.availability_zone.single"), when: &YES, check: CommaList { min: 1, max: 1 }, quote: doc!("Specifies the AZ ID. If the DB instance is not a single instance, you need to specify an AZ for each node of the instance and separate the AZs with commas (,).") }],
            ..Field::new("availability_zone", "Availability zone", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &HA,
            help: doc!("AZ IDs, one for each node (primary, standby), separated by commas (,), e.g. eu-de-01,eu-de-02."),
            section: Section::Network,
            example: "eu-de-01,eu-de-02",
            rules: &[Rule { id: doc!("rds.availability_zone.ha"), when: &YES, check: CommaList { min: 2, max: 2 }, quote: doc!("If the DB instance is not a single instance, you need to specify an AZ for each node of the instance and separate the AZs with commas (,).") }],
            ..Field::new("availability_zone", "Availability zones", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &NOT_REPLICA,
            help: doc!("VPC ID. Find it on the VPC console's VPC details, or see \"Querying VPCs\"."),
            section: Section::Network,
            example: "490a4a08-ef4b-44c5-94be-3051ef9e4fce",
            ..Field::new("vpc_id", "VPC ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &NOT_REPLICA,
            help: doc!("Network ID. Find it on the VPC console's Subnets page, or see \"Querying Subnets\"."),
            section: Section::Network,
            example: "0e2eda62-1d42-4d64-a9d1-4e9aa9cd994f",
            ..Field::new("subnet_id", "Subnet (network) ID", Wire::Str)
        },
        Field {
            when: &NOT_REPLICA,
            help: doc!("Private IP address of the DB instance, within the subnet's CIDR block."),
            section: Section::Network,
            example: "192.168.0.10",
            rules: &[Rule { id: doc!("rds.data_vip.ipv4"), when: &YES, check: Ipv4, quote: doc!("Specifies the private IP address of a DB instance.") }],
            ..Field::new("data_vip", "Private IP address", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &NOT_REPLICA,
            help: doc!("Security group the DB instance belongs to. Find it on the VPC console under Access Control > Security Groups."),
            section: Section::Network,
            example: "2a1f7fc8-3307-42a7-aa6f-42c8b9b8f8c5",
            ..Field::new("security_group_id", "Security group ID", Wire::Str)
        },
        Field {
            help: doc!("Billing information. Pay-per-use is the default and the only mode."),
            section: Section::Billing,
            children: &[Field {
                mandatory: &YES,
                help: doc!("Billing mode. postPaid: pay-per-use."),
                section: Section::Billing,
                options: &[Options { when: &YES, values: &["postPaid"] }],
                example: "postPaid",
                ..Field::new("charge_mode", "Billing mode", Wire::Str)
            }],
            ..Field::new("charge_info", "Billing information", Wire::Object)
        },
        // In every engine's request: the table sets no engine limit (docs/decisions.md #13).
        Field {
            when: &NOT_REPLICA,
            help: doc!("Parameters that must be set before database initialization and cannot be changed afterwards."),
            section: Section::Advanced,
            children: &[Field {
                help: doc!("Whether table names are case sensitive. 0: stored as given, case sensitive. 1: stored in lowercase, case insensitive. Default: 1."),
                section: Section::Advanced,
                options: &[Options { when: &YES, values: &["0", "1"] }],
                example: "1",
                more: &More { default: Some("1"), ..More::NONE },
                ..Field::new("lower_case_table_names", "Table-name case", Wire::Str)
            }],
            ..Field::new("unchangeable_param", "Unchangeable parameters", Wire::Object)
        },
        Field {
            when: &All(&[NOT_REPLICA, MSSQL]),
            help: doc!("Applies only to Microsoft SQL Server DB instances: a character set from Querying the Available SQL Server Character Set."),
            section: Section::Advanced,
            example: "Chinese_PRC_CI_AS",
            ..Field::new("collation", "Collation", Wire::Str)
        },
    ],
};

/// Endpoint hosts by region (`super::endpoints`).
pub static ENDPOINTS: &[&str] = &["rds.eu-de.otc.t-systems.com", "rds.eu-nl.otc.t-systems.com"];

/// The document's example request bodies, verbatim (`super::examples`).
pub static EXAMPLES: &[Example] = &[
    Example { title: "Single MySQL instance", mode: "mysql/single", json: doc!(include_str!("examples/rds-1.json")) },
    Example { title: "Primary/standby MySQL instances", mode: "mysql/ha", json: doc!(include_str!("examples/rds-2.json")) },
    Example { title: "Read replica", mode: "mysql/replica", json: doc!(include_str!("examples/rds-3.json")) },
];
