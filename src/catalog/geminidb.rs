//! Seed 000: Huawei Cloud GeminiDB, POST /v3/{project_id}/instances.

use super::{Api, Axis, Charset, Check::*, Choice, Cond, Cond::*, Detect, Example, Field, More, Options, PathParam, Preset, Rule, Section, Wire};

const YES: Cond = Always;

const CASSANDRA: Cond = Is("engine", &["cassandra"]);
const MONGO: Cond = Is("engine", &["mongodb"]);
const INFLUX: Cond = Is("engine", &["influxdb"]);
const REDIS: Cond = Is("engine", &["redis"]);
const NULL_VERSION: Cond = Is("engine", &["dynamodb", "hbase"]);
const PREPAID: Cond = Is("billing", &["prepaid"]);
const POSTPAID: Cond = Is("billing", &["postpaid"]);
const FROM_BACKUP: Cond = Is("restore", &["backup"]);
const TO_POINT: Cond = Is("restore", &["pitr"]);
const RESTORING: Cond = Is("restore", &["backup", "pitr"]);

const NAME_CHARS: Charset = Charset {
    letters: true,
    unicode: false,
    digits: true,
    space: false,
    extra: "-_",
    says: "letters, digits, hyphens (-) and underscores (_)",
};

const PASSWORD_SENTENCE: super::Doc = doc!("The password can contain 8 to 32 characters, including uppercase letters, lowercase letters, digits, and special characters ~!@#%^*-_=+?");
const REDIS_PASSWORD_SENTENCE: super::Doc = doc!("The password of a GeminiDB Redis instance can contain at least two types of the following characters: uppercase letters, lowercase letters, digits, and special characters ~!@#$%^&*()-_=+?");
const PREPAID_SENTENCE: super::Doc = doc!("This parameter is valid and mandatory only when charge_mode is set to prePaid.");
const WINDOW_HELP: super::Doc = doc!("Backup time window, hh:mm-HH:MM in UTC. Automated backups will be created during the backup time window. The HH value must be 1 greater than the hh value; mm and MM must be the same and must be 00, 15, 30, or 45. If not specified, the default window is 00:00-01:00.");

pub static API: Api = Api {
    id: "geminidb",
    title: "GeminiDB",
    seed: "000",
    cloud: "Huawei Cloud",
    method: "POST",
    path: "/v3/{project_id}/instances",
    path_params: &[PathParam {
        name: "project_id",
        label: "Project ID",
        help: doc!("Project ID of a tenant in a region."),
        default: None,
    }],
    axes: &[
        Axis {
            id: "engine",
            title: "Database type",
            choices: &[
                Choice { id: "cassandra", title: "GeminiDB Cassandra", when: &YES, value: Some("cassandra"), detect: Detect::Eq("datastore.type", "cassandra") },
                Choice { id: "mongodb", title: "GeminiDB Mongo", when: &YES, value: Some("mongodb"), detect: Detect::Eq("datastore.type", "mongodb") },
                Choice { id: "influxdb", title: "GeminiDB Influx", when: &YES, value: Some("influxdb"), detect: Detect::Eq("datastore.type", "influxdb") },
                Choice { id: "redis", title: "GeminiDB Redis", when: &YES, value: Some("redis"), detect: Detect::Eq("datastore.type", "redis") },
                Choice { id: "dynamodb", title: "GeminiDB DynamoDB-Compatible", when: &YES, value: Some("dynamodb"), detect: Detect::Eq("datastore.type", "dynamodb") },
                Choice { id: "hbase", title: "GeminiDB HBase", when: &YES, value: Some("hbase"), detect: Detect::Eq("datastore.type", "hbase") },
            ],
        },
        Axis {
            id: "type",
            title: "Instance type",
            choices: &[
                Choice { id: "cluster", title: "Cluster, classic storage", when: &Is("engine", &["cassandra", "influxdb"]), value: Some("Cluster"), detect: Detect::Eq("mode", "Cluster") },
                Choice { id: "cluster", title: "Proxy cluster, classic storage", when: &REDIS, value: Some("Cluster"), detect: Detect::Eq("mode", "Cluster") },
                // The document lists no `mode` for DynamoDB-Compatible or HBase: the value is the
                // user's, "Cluster" offered first (docs/decisions.md #1).
                Choice { id: "cluster", title: "Cluster", when: &NULL_VERSION, value: None, detect: Detect::Fallback },
                Choice { id: "cloudnative", title: "Cluster, cloud native storage", when: &Is("engine", &["cassandra", "redis"]), value: Some("CloudNativeCluster"), detect: Detect::Eq("mode", "CloudNativeCluster") },
                Choice { id: "cloudnative", title: "Cluster (performance-enhanced), cloud native storage", when: &INFLUX, value: Some("CloudNativeCluster"), detect: Detect::Eq("mode", "CloudNativeCluster") },
                Choice { id: "enhanced", title: "Cluster (performance-enhanced), classic storage", when: &INFLUX, value: Some("EnhancedCluster"), detect: Detect::Eq("mode", "EnhancedCluster") },
                Choice { id: "single", title: "Single node", when: &INFLUX, value: Some("InfluxdbSingle"), detect: Detect::Eq("mode", "InfluxdbSingle") },
                Choice { id: "replicaset", title: "Replica set", when: &MONGO, value: Some("ReplicaSet"), detect: Detect::Eq("mode", "ReplicaSet") },
                Choice { id: "rediscluster", title: "Redis Cluster, classic storage", when: &REDIS, value: Some("RedisCluster"), detect: Detect::Eq("mode", "RedisCluster") },
                Choice { id: "replication", title: "Primary/standby, classic storage", when: &REDIS, value: Some("Replication"), detect: Detect::Eq("mode", "Replication") },
            ],
        },
        Axis {
            id: "billing",
            title: "Billing",
            choices: &[
                Choice { id: "postpaid", title: "Pay-per-use", when: &YES, value: None, detect: Detect::Fallback },
                Choice {
                    id: "prepaid",
                    title: "Yearly/monthly",
                    when: &YES,
                    value: Some("prePaid"),
                    detect: prepaid_detect!("charge_info", "charge_mode"),
                },
            ],
        },
        Axis {
            id: "restore",
            title: "Restore",
            choices: &[
                Choice { id: "none", title: "New instance", when: &YES, value: None, detect: Detect::Fallback },
                Choice { id: "backup", title: "Restore from a backup", when: &YES, value: None, detect: Detect::Present("restore_info.backup_id") },
                // "Only GeminiDB Cassandra and GeminiDB Influx allow you to restore data from a
                // specific cluster instance to a specific point in time."
                Choice {
                    id: "pitr",
                    title: "Restore to a point in time",
                    when: &All(&[Is("engine", &["cassandra", "influxdb"]), Not(&Is("type", &["single"]))]),
                    value: None,
                    detect: Detect::Any(&[Detect::Present("restore_info.restore_time"), Detect::Present("restore_info.source_instance_id")]),
                },
            ],
        },
    ],
    fields: &[
        Field {
            mandatory: &YES,
            help: doc!("Instance name, which can be the same as an existing instance name. 4 to 64 characters, starting with a letter; letters, digits, hyphens (-) and underscores (_). Case-sensitive."),
            example: "test-cassandra-01",
            rules: &[
                Rule { id: doc!("geminidb.name.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("The name can be 4 to 64 bytes in length and must start with a letter.") },
                Rule { id: doc!("geminidb.name.start"), when: &YES, check: StartsWithLetter, quote: doc!("The name can be 4 to 64 bytes in length and must start with a letter.") },
                Rule { id: doc!("geminidb.name.chars"), when: &YES, check: Charset(NAME_CHARS), quote: doc!("Names are case-sensitive and can contain only letters, digits, hyphens (-), and underscores (_).") },
            ],
            more: &More {
                examples: &[
                    Preset { when: &MONGO, value: "test-mongo-01" },
                    Preset { when: &INFLUX, value: "test-influx-01" },
                    Preset { when: &REDIS, value: "test-redis-01" },
                    Preset { when: &Is("engine", &["dynamodb"]), value: "test-dynamodb-01" },
                    Preset { when: &Is("engine", &["hbase"]), value: "test-hbase-01" },
                ],
                ..More::NONE
            },
            ..Field::new("name", "Instance name", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Database information."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Database type: cassandra, mongodb, influxdb, redis, dynamodb or hbase. Set by the database type you picked."),
                    section: Section::Spec,
                    more: &More { pin: Some("engine"), ..More::NONE },
                    ..Field::new("type", "Database type", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Database version. 3.11: Cassandra; 4.0: Mongo; 1.8: Influx cluster or performance-enhanced cluster with classic storage; 1.7: Influx performance-enhanced cluster with cloud native storage; 5.0: Redis. For DynamoDB-Compatible and HBase the value is null."),
                    section: Section::Spec,
                    options: &[
                        Options { when: &CASSANDRA, values: &["3.11"] },
                        Options { when: &MONGO, values: &["4.0"] },
                        Options { when: &All(&[INFLUX, Is("type", &["cloudnative"])]), values: &["1.7"] },
                        // No version is listed for single-node Influx: either Influx version is
                        // accepted, 1.8 offered first (docs/decisions.md #4).
                        Options { when: &All(&[INFLUX, Is("type", &["single"])]), values: &["1.8", "1.7"] },
                        Options { when: &INFLUX, values: &["1.8"] },
                        Options { when: &REDIS, values: &["5.0"] },
                    ],
                    example: "3.11",
                    more: &More { presets: &[Preset { when: &All(&[INFLUX, Is("type", &["single"])]), value: "1.8" }], null_when: &NULL_VERSION, ..More::NONE },
                    ..Field::new("version", "Database version", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Storage engine. rocksDB: GeminiDB Cassandra, Mongo, Influx and Redis instances support RocksDB. The document names no other engine, for DynamoDB-Compatible and HBase either."),
                    section: Section::Spec,
                    // The document's only value, for every engine (docs/decisions.md #3).
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
            example: "cn-north-4",
            ..Field::new("region", "Region", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("AZ ID; see az_status returned in Querying Instance Specifications. Three AZs can be created: separate AZ IDs using commas (,)."),
            section: Section::Network,
            example: "cn-north-4a",
            rules: &[Rule { id: doc!("geminidb.availability_zone.count"), when: &YES, check: CommaList { min: 1, max: 3 }, quote: doc!("Three AZs can be created. You need to separate AZ IDs using commas (,).") }],
            ..Field::new("availability_zone", "Availability zone(s)", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("VPC ID. Find it on the VPC console's VPC details page, or with the VPC API (Querying VPCs)."),
            section: Section::Network,
            example: "674e9b42-cd8d-4d25-a2e6-5abcc565b961",
            ..Field::new("vpc_id", "VPC ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Subnet ID (the network ID). Find it on the VPC console's Subnets page, or with the VPC API (Querying Subnets)."),
            section: Section::Network,
            example: "f1df08c5-71d1-406a-aff0-de435a51007",
            ..Field::new("subnet_id", "Subnet ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Security group ID. Find it on the VPC console under Access Control > Security Groups, or with the VPC API (Querying Security Groups)."),
            section: Section::Network,
            example: "7aa51dbf-5b63-40db-9724-dad3c4828b58",
            ..Field::new("security_group_id", "Security group ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            secret: true,
            help: doc!("Database password. 8 to 32 characters with uppercase letters, lowercase letters, digits and special characters ~!@#%^*-_=+? For GeminiDB Redis: at least two of uppercase, lowercase, digits and ~!@#$%^&*()-_=+? Enter a strong password against brute force cracking."),
            example: "Geminidb_2024!",
            rules: &[
                Rule { id: doc!("geminidb.password.classes"), when: &Not(&REDIS), check: Password { min: 8, max: 32, classes: 4, specials: "~!@#%^*-_=+?" }, quote: PASSWORD_SENTENCE },
                Rule { id: doc!("geminidb.password.redis"), when: &REDIS, check: Password { min: 8, max: 32, classes: 2, specials: "~!@#$%^&*()-_=+?" }, quote: REDIS_PASSWORD_SENTENCE },
            ],
            ..Field::new("password", "Database password", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Instance type: Cluster, CloudNativeCluster, ReplicaSet, EnhancedCluster, InfluxdbSingle, RedisCluster or Replication, depending on the database type. Set by the instance type you picked. The document lists none for DynamoDB-Compatible and HBase: any listed type is accepted there, Cluster offered."),
            section: Section::Spec,
            options: &[Options { when: &NULL_VERSION, values: &["Cluster", "CloudNativeCluster", "ReplicaSet", "EnhancedCluster", "InfluxdbSingle", "RedisCluster", "Replication"] }],
            more: &More { pin: Some("type"), presets: &[Preset { when: &NULL_VERSION, value: "Cluster" }], ..More::NONE },
            ..Field::new("mode", "Instance type", Wire::Str)
        },
        Field {
            when: &All(&[REDIS, Is("type", &["cloudnative"])]),
            help: doc!("Product type. Mandatory when you create a GeminiDB Redis instance with cloud native storage, and only available for those. Value: Capacity."),
            section: Section::Spec,
            options: &[Options { when: &YES, values: &["Capacity"] }],
            example: "Capacity",
            rules: &[Rule { id: doc!("geminidb.product_type.required"), when: &YES, check: Required, quote: doc!("This parameter is mandatory when you create a GeminiDB Redis instance with cloud native storage.") }],
            ..Field::new("product_type", "Product type", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Instance specifications; see flavors in Querying Instance Specifications."),
            section: Section::Spec,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Node quantity. Cassandra: 3 to 60 nodes. Mongo replica set 4.0: 3 nodes. Influx cluster: 3 to 16 nodes; Influx single node: 1 node. Redis: 3 to 12 nodes."),
                    section: Section::Spec,
                    example: "3",
                    rules: &[
                        Rule { id: doc!("geminidb.flavor.num.cassandra"), when: &CASSANDRA, check: Range { min: 3, max: 60 }, quote: doc!("Each GeminiDB Cassandra instance can contain 3 to 60 nodes.") },
                        Rule { id: doc!("geminidb.flavor.num.mongo"), when: &MONGO, check: Range { min: 3, max: 3 }, quote: doc!("Each GeminiDB Mongo replica set 4.0 can contain 3 nodes.") },
                        Rule { id: doc!("geminidb.flavor.num.influx"), when: &All(&[INFLUX, Not(&Is("type", &["single"]))]), check: Range { min: 3, max: 16 }, quote: doc!("Each GeminiDB Influx cluster instance can contain 3 to 16 nodes.") },
                        Rule { id: doc!("geminidb.flavor.num.influx_single"), when: &All(&[INFLUX, Is("type", &["single"])]), check: Range { min: 1, max: 1 }, quote: doc!("Each GeminiDB Influx single-node instance can contain 1 node.") },
                        Rule { id: doc!("geminidb.flavor.num.redis"), when: &REDIS, check: Range { min: 3, max: 12 }, quote: doc!("Each GeminiDB Redis instance can contain 3 to 12 nodes.") },
                    ],
                    ..Field::new("num", "Node quantity", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Disk size in GB, an integer. Cassandra, Mongo and Influx: at least 100 GB; the maximum depends on the specifications. Redis: the range depends on node quantity and specifications."),
                    section: Section::Spec,
                    example: "500",
                    rules: &[
                        Rule { id: doc!("geminidb.flavor.size.integer"), when: &Not(&Is("engine", &["cassandra", "mongodb", "influxdb"])), check: Range { min: 1, max: i64::MAX }, quote: doc!("Disk size, which must be an integer, in GB") },
                        Rule { id: doc!("geminidb.flavor.size.min"), when: &Is("engine", &["cassandra", "mongodb", "influxdb"]), check: Range { min: 100, max: i64::MAX }, quote: doc!("For GeminiDB Cassandra, GeminiDB Mongo, and GeminiDB Influx instances, the minimum storage space is 100 GB, and the maximum limit depends on instance specifications.") },
                    ],
                    ..Field::new("size", "Disk size (GB)", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Disk type. ULTRAHIGH: SSD."),
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
                    // Seed 000 gives Cassandra's code only. Redis and Influx: codes published in
                    // terraform-provider-huaweicloud's examples; the others follow their naming
                    // (docs/decisions.md #58).
                    more: &More {
                        examples: &[
                            Preset { when: &MONGO, value: "geminidb.mongodb.large.4" },
                            Preset { when: &INFLUX, value: "geminidb.influxdb.large.4" },
                            Preset { when: &REDIS, value: "geminidb.redis.large.4" },
                            Preset { when: &Is("engine", &["dynamodb"]), value: "geminidb.dynamodb.large.4" },
                            Preset { when: &Is("engine", &["hbase"]), value: "geminidb.hbase.large.4" },
                        ],
                        ..More::NONE
                    },
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
                    help: WINDOW_HELP,
                    section: Section::Backup,
                    example: "08:15-09:15",
                    rules: &[Rule { id: doc!("geminidb.backup_strategy.start_time.window"), when: &YES, check: BackupWindow { minutes: &["00", "15", "30", "45"] }, quote: doc!("It must be a valid value in the hh:mm-HH:MM format. The HH value must be 1 greater than the hh value. The values of mm and MM must be the same and must be set to 00, 15, 30, or 45.") }],
                    more: &More { default: Some("00:00-01:00"), ..More::NONE },
                    ..Field::new("start_time", "Backup window", Wire::Str)
                },
                Field {
                    help: doc!("Backup retention days, 0 to 35. 0: the automated backup policy is not set. If not sent, automated backup is enabled and backups are kept for 7 days."),
                    section: Section::Backup,
                    example: "8",
                    rules: &[Rule { id: doc!("geminidb.backup_strategy.keep_days.range"), when: &YES, check: Range { min: 0, max: 35 }, quote: doc!("Values: 0–35") }],
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
        Field {
            mandatory: &YES,
            when: &PREPAID,
            help: doc!("Billing information: yearly/monthly."),
            section: Section::Billing,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Billing mode. prePaid: yearly/monthly. Set by the billing you picked."),
                    section: Section::Billing,
                    more: &More { pin: Some("billing"), ..More::NONE },
                    ..Field::new("charge_mode", "Billing mode", Wire::Str)
                },
                Field {
                    help: doc!("Subscription type: month or year. Valid and mandatory only when charge_mode is prePaid."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["month", "year"] }],
                    example: "month",
                    rules: &[Rule { id: doc!("geminidb.charge_info.period_type.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE }],
                    ..Field::new("period_type", "Subscription type", Wire::Str)
                },
                Field {
                    help: doc!("Subscription period: 1 to 9 months, or 1 to 3 years. Valid and mandatory only when charge_mode is prePaid."),
                    section: Section::Billing,
                    example: "1",
                    rules: &[
                        Rule { id: doc!("geminidb.charge_info.period_num.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE },
                        Rule { id: doc!("geminidb.charge_info.period_num.range"), when: &YES, check: Period { type_field: "period_type", month_max: 9, year_max: 3 }, quote: doc!("If period_type is set to month, the value ranges from 1 to 9. If period_type is set to year, the value ranges from 1 to 3.") },
                    ],
                    ..Field::new("period_num", "Subscription period", Wire::Str)
                },
                Field {
                    help: doc!("Whether the subscription is renewed automatically, for the same period, with automatic payment. Default: false."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["true", "false"] }],
                    example: "false",
                    more: &More { default: Some("false"), ..More::NONE },
                    ..Field::new("is_auto_renew", "Auto-renew", Wire::Str)
                },
                Field {
                    help: doc!("Whether the order is paid automatically from the account after the instance is created. Default: false (paid manually)."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["true", "false"] }],
                    example: "true",
                    more: &More { default: Some("false"), ..More::NONE },
                    ..Field::new("is_auto_pay", "Auto-pay", Wire::Str)
                },
            ],
            ..Field::new("charge_info", "Billing information", Wire::Object)
        },
        // Pay-per-use is the default and needs no charge_info; the document still lists
        // postPaid as a charge_mode value, so a body may carry it.
        Field {
            when: &POSTPAID,
            help: doc!("Billing information. Pay-per-use is the default: leave this empty unless you want to send it explicitly."),
            section: Section::Billing,
            children: &[super::post_paid("charge_mode", &YES)],
            ..Field::new("charge_info", "Billing information", Wire::Object)
        },
        Field {
            help: doc!("Dedicated resource ID. Available only after a dedicated resource pool is enabled."),
            section: Section::Advanced,
            ..Field::new("dedicated_resource_id", "Dedicated resource ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            when: &RESTORING,
            help: doc!("Backup information: restore from a backup, or from an instance to a point in time within the backup retention period."),
            section: Section::Backup,
            children: &[
                Field {
                    when: &FROM_BACKUP,
                    help: doc!("Full backup file ID. Cannot be blank when you restore data using a specific backup."),
                    section: Section::Backup,
                    example: "2f4ddb93b9014b0893d81d2e472f30fe",
                    rules: &[Rule { id: doc!("geminidb.restore_info.backup_id.required"), when: &YES, check: Required, quote: doc!("This parameter cannot be left blank when you create an instance to restore data using a specific backup.") }],
                    ..Field::new("backup_id", "Backup ID", Wire::Str)
                },
                Field {
                    when: &TO_POINT,
                    help: doc!("ID of the instance whose data is restored. Cannot be blank when you restore to a point in time."),
                    section: Section::Backup,
                    example: "054e292c9880d4992f02c0196d3ein12",
                    rules: &[Rule { id: doc!("geminidb.restore_info.source_instance_id.required"), when: &YES, check: Required, quote: doc!("This parameter cannot be left blank when you restore data at a specific point in time from a specific instance to a new instance.") }],
                    ..Field::new("source_instance_id", "Source instance ID", Wire::Str)
                },
                Field {
                    when: &TO_POINT,
                    help: doc!("Time point the data is restored to: a 13-digit number, milliseconds since the epoch, UTC. See Querying the Time Window When a Backup Can Be Restored."),
                    section: Section::Backup,
                    example: "1607731200000",
                    rules: &[
                        Rule { id: doc!("geminidb.restore_info.restore_time.required"), when: &YES, check: Required, quote: doc!("This parameter cannot be left blank when you restore data at a specific point in time from a specific instance to a new instance.") },
                        Rule { id: doc!("geminidb.restore_info.restore_time.digits"), when: &YES, check: Digits(13), quote: doc!("The value is a 13-digit number (in milliseconds, UTC time).") },
                    ],
                    ..Field::new("restore_time", "Restore time (ms)", Wire::Long)
                },
            ],
            ..Field::new("restore_info", "Restore", Wire::Object)
        },
        Field {
            when: &REDIS,
            help: doc!("Database port. Only GeminiDB Redis instances support user-defined ports; 6379 is used if not sent. For dual-active DR, use 8635. 1024 to 65535, except 2180, 2887, 3887, 6377, 6378, 6380, 8018, 8079, 8091, 8479, 8484, 8999, 9864, 9866, 9867, 12017, 12333 and 50069."),
            section: Section::Network,
            example: "6379",
            rules: &[
                Rule { id: doc!("geminidb.port.range"), when: &YES, check: Range { min: 1024, max: 65535 }, quote: doc!("The value ranges from 1024 to 65535.") },
                Rule { id: doc!("geminidb.port.excluded"), when: &YES, check: Excluded(&[2180, 2887, 3887, 6377, 6378, 6380, 8018, 8079, 8091, 8479, 8484, 8999, 9864, 9866, 9867, 12017, 12333, 50069]), quote: doc!("The disabled ports are 2180, 2887, 3887, 6377, 6378, 6380, 8018, 8079, 8091, 8479, 8484, 8999, 9864, 9866, 9867, 12017, 12333 and 50069.") },
            ],
            more: &More { default: Some("6379"), ..More::NONE },
            ..Field::new("port", "Port", Wire::Str)
        },
        Field {
            when: &REDIS,
            help: doc!("Multi-AZ details of primary/standby instances. Only GeminiDB Redis instances support it; ignored for single-AZ deployment."),
            section: Section::Network,
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Primary AZ, a single AZ different from the standby AZ."),
                    section: Section::Network,
                    example: "cn-north-4a",
                    rules: &[Rule { id: doc!("geminidb.availability_zone_detail.primary_single"), when: &YES, check: CommaList { min: 1, max: 1 }, quote: doc!("Primary AZ, which must be a single AZ and different from the standby AZ") }],
                    ..Field::new("primary_availability_zone", "Primary AZ", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("Standby AZ, a single AZ different from the primary AZ."),
                    section: Section::Network,
                    example: "cn-north-4b",
                    rules: &[
                        Rule { id: doc!("geminidb.availability_zone_detail.differ"), when: &YES, check: DiffersFrom("primary_availability_zone"), quote: doc!("Standby AZ, which must be a single AZ and be different from the primary AZ") },
                        Rule { id: doc!("geminidb.availability_zone_detail.standby_single"), when: &YES, check: CommaList { min: 1, max: 1 }, quote: doc!("Standby AZ, which must be a single AZ and be different from the primary AZ") },
                    ],
                    ..Field::new("secondary_availability_zone", "Standby AZ", Wire::Str)
                },
            ],
            ..Field::new("availability_zone_detail", "Multi-AZ details", Wire::Object)
        },
    ],
};

/// Endpoint hosts by region (`super::endpoints`).
pub static ENDPOINTS: &[&str] = &["gaussdb-nosql.af-south-1.myhuaweicloud.com", "gaussdb-nosql.ap-southeast-1.myhuaweicloud.com", "gaussdb-nosql.ap-southeast-2.myhuaweicloud.com", "gaussdb-nosql.ap-southeast-3.myhuaweicloud.com", "gaussdb-nosql.cn-east-2.myhuaweicloud.com", "gaussdb-nosql.cn-east-3.myhuaweicloud.com", "gaussdb-nosql.cn-north-1.myhuaweicloud.com", "gaussdb-nosql.cn-north-2.myhuaweicloud.com", "gaussdb-nosql.cn-north-4.myhuaweicloud.com", "gaussdb-nosql.cn-north-9.myhuaweicloud.com", "gaussdb-nosql.cn-south-1.myhuaweicloud.com", "gaussdb-nosql.cn-south-2.myhuaweicloud.com", "gaussdb-nosql.cn-southwest-2.myhuaweicloud.com", "gaussdb-nosql.eu-west-101.myhuaweicloud.eu", "gaussdb-nosql.la-north-2.myhuaweicloud.com", "gaussdb-nosql.la-south-2.myhuaweicloud.com", "gaussdb-nosql.ru-northwest-2.myhuaweicloud.com", "gaussdb-nosql.sa-brazil-1.myhuaweicloud.com"];

/// The document's example request bodies, verbatim (`super::examples`).
pub static EXAMPLES: &[Example] = &[
    Example { title: "Pay-per-use 3-node Cassandra cluster", mode: "cassandra/cluster/postpaid/none", json: doc!(include_str!("examples/geminidb-1.json")) },
    Example { title: "Yearly/monthly 3-node Cassandra cluster", mode: "cassandra/cluster/prepaid/none", json: doc!(include_str!("examples/geminidb-2.json")) },
    Example { title: "Pay-per-use Cassandra cluster restored from a backup", mode: "cassandra/cluster/postpaid/backup", json: doc!(include_str!("examples/geminidb-3.json")) },
    Example { title: "Yearly/monthly Cassandra cluster restored to a point in time", mode: "cassandra/cluster/prepaid/pitr", json: doc!(include_str!("examples/geminidb-4.json")) },
];
