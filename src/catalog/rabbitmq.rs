//! Seed 004: Huawei Cloud DMS for RabbitMQ, POST /v2/{engine}/{project_id}/instances.

use super::{Api, Axis, Charset, Check::*, Choice, Cond, Cond::*, Detect, Example, Field, More, Options, PathParam, Preset, Rule, Section, Wire};

const YES: Cond = Always;
const SINGLE: Cond = Is("topology", &["single"]);
const CLUSTER: Cond = Is("topology", &["cluster"]);
const PREPAID_SENTENCE: super::Doc = doc!("This parameter is valid and mandatory only when chargingMode is set to prePaid.");
const MAINTAIN_PAIR: super::Doc = doc!("The start time and end time must be set in pairs.");

pub static API: Api = Api {
    id: "rabbitmq",
    title: "RabbitMQ",
    seed: "004",
    cloud: "Huawei Cloud",
    method: "POST",
    path: "/v2/{engine}/{project_id}/instances",
    path_params: &[
        PathParam { name: "engine", label: "Engine", help: doc!("Message engine. Default: rabbitmq."), default: Some("rabbitmq") },
        PathParam { name: "project_id", label: "Project ID", help: doc!("Project ID; see Obtaining a Project ID."), default: None },
    ],
    axes: &[
        Axis {
            id: "topology",
            title: "Instance type",
            choices: &[
                // A product named single-node is checked as one, whatever broker_num says
                // ("If the product is of the single-node type, there can be only 1 broker"):
                // tested first, and the first choice when nothing points either way.
                Choice { id: "single", title: "Single-node", when: &YES, value: None, detect: Detect::Contains("product_id", "single") },
                Choice { id: "cluster", title: "Cluster", when: &YES, value: None, detect: Detect::Any(&[Detect::Contains("product_id", "cluster"), Detect::Above("broker_num", 1)]) },
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
                    detect: prepaid_detect!("bss_param", "charging_mode"),
                },
            ],
        },
        Axis {
            id: "public",
            title: "Public access",
            choices: &[
                Choice { id: "private", title: "No public access", when: &YES, value: Some("false"), detect: Detect::Fallback },
                Choice { id: "public", title: "Public access", when: &YES, value: Some("true"), detect: Detect::Eq("enable_publicip", "true") },
            ],
        },
    ],
    fields: &[
        Field {
            mandatory: &YES,
            help: doc!("Instance name: 4 to 64 characters; only letters, digits, underscores (_) and hyphens (-)."),
            example: "rabbitmq-demo",
            rules: &[
                Rule { id: doc!("rabbitmq.name.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("An instance name can contain 4 to 64 characters.") },
                Rule {
                    id: doc!("rabbitmq.name.chars"),
                    when: &YES,
                    check: Charset(Charset { letters: true, unicode: false, digits: true, space: false, extra: "_-", says: "letters, digits, underscores (_) and hyphens (-)" }),
                    quote: doc!("Only letters, digits, underscores (_), and hyphens (-) are allowed."),
                },
            ],
            ..Field::new("name", "Instance name", Wire::Str)
        },
        Field {
            help: doc!("Description of the instance, at most 1024 characters. Quotes and backslashes are escaped in the JSON for you."),
            example: "Orders queue for the shop",
            rules: &[Rule { id: doc!("rabbitmq.description.length"), when: &YES, check: Length { min: 0, max: 1024 }, quote: doc!("The description can contain a maximum of 1024 characters.") }],
            ..Field::new("description", "Description", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Message engine. Value: rabbitmq."),
            section: Section::Spec,
            // Exactly as the table writes it; the examples' "RabbitMQ" is reported (docs/decisions.md #15).
            options: &[Options { when: &YES, values: &["rabbitmq"] }],
            example: "rabbitmq",
            ..Field::new("engine", "Message engine", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Version of the message engine: 3.8.35 or 3.7.17."),
            section: Section::Spec,
            options: &[Options { when: &YES, values: &["3.8.35", "3.7.17"] }],
            example: "3.8.35",
            ..Field::new("engine_version", "Engine version", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Message storage space in GB. Single-node: 100 to 90,000. Cluster: from 100, 200 or 300 GB × the number of nodes (by specification) to 90,000."),
            section: Section::Spec,
            example: "300",
            rules: &[
                Rule { id: doc!("rabbitmq.storage_space.single"), when: &SINGLE, check: Range { min: 100, max: 90000 }, quote: doc!("Single-node RabbitMQ instance: 100–90,000 GB") },
                Rule { id: doc!("rabbitmq.storage_space.cluster"), when: &CLUSTER, check: PerNode { nodes: "broker_num", per_node: 100, max: 90000 }, quote: doc!("Cluster RabbitMQ instance: 100 GB x Number of nodes to 90,000 GB, 200 GB x Number of nodes to 90,000 GB, and 300 GB x Number of nodes to 90,000 GB") },
            ],
            ..Field::new("storage_space", "Storage space (GB)", Wire::Int)
        },
        Field {
            mandatory: &YES,
            help: doc!("Username: 4 to 64 characters; only letters, digits and hyphens (-)."),
            example: "admin-user",
            rules: &[
                Rule { id: doc!("rabbitmq.access_user.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("A username, which must be 4 to 64 characters long and can contain only letters, digits, and hyphens (-).") },
                Rule {
                    id: doc!("rabbitmq.access_user.chars"),
                    when: &YES,
                    check: Charset(Charset { letters: true, unicode: false, digits: true, space: false, extra: "-", says: "letters, digits and hyphens (-)" }),
                    quote: doc!("A username, which must be 4 to 64 characters long and can contain only letters, digits, and hyphens (-)."),
                },
            ],
            ..Field::new("access_user", "Username", Wire::Str)
        },
        Field {
            mandatory: &YES,
            secret: true,
            help: doc!("Instance password: 8 to 32 characters with at least two of lowercase letters, uppercase letters, digits and the special characters `~!@#$%^&*()-_=+|[{}]:'\",<.>/?"),
            example: "Rabbit_mq2024",
            rules: &[Rule { id: doc!("rabbitmq.password.classes"), when: &YES, check: Password { min: 8, max: 32, classes: 2, specials: "`~!@#$%^&*()-_=+|[{}]:'\",<.>/?" }, quote: doc!("Contains 8 to 32 characters. Contains at least two of the following character types: Lowercase letters, Uppercase letters, Digits, Special characters `~!@#$%^&*()-_=+|[{}]:'\",<.>/?") }],
            ..Field::new("password", "Password", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("VPC ID, from the VPC console's VPC details page."),
            section: Section::Network,
            example: "1e93f86e-13af-46c8-97d6-d40fa62b76c2",
            ..Field::new("vpc_id", "VPC ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Security group ID, from the VPC console's security group details page."),
            section: Section::Network,
            example: "0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8",
            ..Field::new("security_group_id", "Security group ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("Subnet ID (the network ID), from the VPC console's Subnets page."),
            section: Section::Network,
            example: "b5fa806c-35e7-4299-b659-b39398dd4718",
            ..Field::new("subnet_id", "Subnet ID", Wire::Str)
        },
        Field {
            mandatory: &YES,
            help: doc!("IDs of the AZs where the brokers reside and which have resources; see Listing AZ Information. Cannot be empty or null."),
            section: Section::Network,
            example: "d573142f24894ef3bd3664de068b44b0",
            rules: &[Rule { id: doc!("rabbitmq.available_zones.not_empty"), when: &YES, check: Count { min: 1, max: usize::MAX }, quote: doc!("This parameter cannot be empty or null.") }],
            ..Field::new("available_zones", "Availability zones", Wire::Strings)
        },
        Field {
            mandatory: &YES,
            help: doc!("Product ID, from Querying Product Specifications List. A cluster product needs broker_num."),
            section: Section::Spec,
            example: "c6.2u4g.single",
            // A cluster's example names a cluster product (the documents' examples are both
            // single-node): "c6.2u4g.single" would make a pasted example body single-node.
            more: &More { examples: &[Preset { when: &CLUSTER, value: "c6.2u4g.cluster" }], ..More::NONE },
            ..Field::new("product_id", "Product ID", Wire::Str)
        },
        Field {
            help: doc!("Number of brokers. Single-node: 1. Cluster: 3, 5 or 7 (mandatory)."),
            section: Section::Spec,
            options: &[Options { when: &SINGLE, values: &["1"] }, Options { when: &CLUSTER, values: &["3", "5", "7"] }],
            example: "3",
            rules: &[Rule { id: doc!("rabbitmq.broker_num.required"), when: &CLUSTER, check: Required, quote: doc!("If the product is of the cluster type (that is, type is set to cluster), the broker_num field is mandatory.") }],
            ..Field::new("broker_num", "Number of brokers", Wire::Int)
        },
        Field {
            help: doc!("Start of the maintenance window, HH:mm: 22:00, 02:00, 06:00, 10:00, 14:00 or 18:00. Set with the end time, or neither (then 02:00)."),
            section: Section::Advanced,
            options: &[Options { when: &YES, values: &["22:00", "02:00", "06:00", "10:00", "14:00", "18:00"] }],
            example: "22:00",
            rules: &[Rule { id: doc!("rabbitmq.maintain_begin.paired"), when: &YES, check: Paired("maintain_end"), quote: MAINTAIN_PAIR }],
            more: &More { default: Some("02:00"), ..More::NONE },
            ..Field::new("maintain_begin", "Maintenance window start", Wire::Str)
        },
        Field {
            help: doc!("End of the maintenance window, HH:mm: four hours after the start (22:00 ends at 02:00). Set with the start time, or neither (then 06:00)."),
            section: Section::Advanced,
            example: "02:00",
            rules: &[
                Rule { id: doc!("rabbitmq.maintain_end.paired"), when: &YES, check: Paired("maintain_begin"), quote: MAINTAIN_PAIR },
                Rule { id: doc!("rabbitmq.maintain_end.four_hours"), when: &YES, check: HoursAfter("maintain_begin", 4), quote: doc!("The end time is four hours later than the start time. For example, if the start time is 22:00, the end time is 02:00.") },
            ],
            more: &More { default: Some("06:00"), ..More::NONE },
            ..Field::new("maintain_end", "Maintenance window end", Wire::Str)
        },
        Field {
            help: doc!("Whether public access is enabled. Set by the public access you picked."),
            section: Section::Network,
            more: &More { pin: Some("public"), ..More::NONE },
            ..Field::new("enable_publicip", "Public access", Wire::Bool)
        },
        Field {
            // In every request (the table lists it for all); mandatory with public access.
            help: doc!("ID of the EIP bound to the instance. Mandatory when public access is enabled."),
            section: Section::Network,
            example: "9a7d5d67-ec69-4b0d-8b7b-3c5f5c5b2e11",
            rules: &[Rule { id: doc!("rabbitmq.publicip_id.required"), when: &Is("public", &["public"]), check: Required, quote: doc!("This parameter is mandatory if public access is enabled (that is, enable_publicip is set to true).") }],
            ..Field::new("publicip_id", "EIP ID", Wire::Str)
        },
        Field {
            help: doc!("Whether SSL encryption is enabled for access."),
            section: Section::Advanced,
            example: "false",
            ..Field::new("ssl_enable", "SSL", Wire::Bool)
        },
        Field {
            mandatory: &YES,
            help: doc!("Storage I/O specification: dms.physical.storage.high.v2, dms.physical.storage.ultra.v2, or for DeC dms.physical.storage.high.dss.v2, dms.physical.storage.ultra.dss.v2."),
            section: Section::Spec,
            options: &[Options { when: &YES, values: &["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2", "dms.physical.storage.high.dss.v2", "dms.physical.storage.ultra.dss.v2"] }],
            example: "dms.physical.storage.high.v2",
            ..Field::new("storage_spec_code", "Storage I/O specification", Wire::Str)
        },
        Field {
            help: doc!("Enterprise project ID. Mandatory for an enterprise project account."),
            section: Section::Advanced,
            ..Field::new("enterprise_project_id", "Enterprise project ID", Wire::Str)
        },
        Field {
            help: doc!("Tag list."),
            section: Section::Advanced,
            children: &[
                Field {
                    help: doc!("Key: 1 to 128 characters; UTF-8 letters, digits, spaces and _.:=+-@; no space at the start or end."),
                    section: Section::Advanced,
                    example: "env",
                    rules: &[
                        Rule { id: doc!("rabbitmq.tags.key.length"), when: &YES, check: Length { min: 1, max: 128 }, quote: doc!("A key can contain 1 to 128 characters.") },
                        Rule {
                            id: doc!("rabbitmq.tags.key.chars"),
                            when: &YES,
                            check: Charset(Charset { letters: true, unicode: true, digits: true, space: true, extra: "_.:=+-@", says: "letters, digits, spaces and _.:=+-@" }),
                            quote: doc!("Include UTF-8 letters, digits, spaces, or the following special characters _.:=+-@"),
                        },
                        Rule { id: doc!("rabbitmq.tags.key.edges"), when: &YES, check: NoEdgeSpaces, quote: doc!("Do not use spaces to start or end the key.") },
                    ],
                    ..Field::new("key", "Key", Wire::Str)
                },
                Field {
                    help: doc!("Value: 0 to 255 characters; UTF-8 letters, digits, spaces and _.:/=+-@."),
                    section: Section::Advanced,
                    example: "production",
                    rules: &[
                        Rule { id: doc!("rabbitmq.tags.value.length"), when: &YES, check: Length { min: 0, max: 255 }, quote: doc!("A value can contain 0 to 255 characters.") },
                        Rule {
                            id: doc!("rabbitmq.tags.value.chars"),
                            when: &YES,
                            check: Charset(Charset { letters: true, unicode: true, digits: true, space: true, extra: "_.:/=+-@", says: "letters, digits, spaces and _.:/=+-@" }),
                            quote: doc!("Include UTF-8 letters, digits, spaces, or the following special characters _.:/=+-@"),
                        },
                    ],
                    ..Field::new("value", "Value", Wire::Str)
                },
            ],
            ..Field::new("tags", "Tags", Wire::Objects)
        },
        Field {
            mandatory: &YES,
            when: &Is("billing", &["prepaid"]),
            help: doc!("Yearly/monthly billing parameters. Left blank, the billing mode is pay-per-use."),
            section: Section::Billing,
            children: &[
                Field {
                    help: doc!("Whether auto renewal is enabled. Disabled by default."),
                    section: Section::Billing,
                    example: "false",
                    ..Field::new("is_auto_renew", "Auto-renew", Wire::Bool)
                },
                Field {
                    help: doc!("Billing mode. prePaid: yearly/monthly. Set by the billing you picked. Left out, it is postPaid."),
                    section: Section::Billing,
                    // Left out, charging_mode is postPaid: a yearly/monthly request must say prePaid.
                    rules: &[Rule { id: doc!("rabbitmq.bss_param.charging_mode.prepaid"), when: &YES, check: Required, quote: doc!("The default value is postPaid.") }],
                    more: &More { pin: Some("billing"), default: Some("postPaid"), ..More::NONE },
                    ..Field::new("charging_mode", "Billing mode", Wire::Str)
                },
                Field {
                    help: doc!("Whether the order is paid automatically. Manual by default."),
                    section: Section::Billing,
                    example: "true",
                    ..Field::new("is_auto_pay", "Auto-pay", Wire::Bool)
                },
                Field {
                    help: doc!("Subscription period type: month or year. Valid and mandatory only for prePaid."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["month", "year"] }],
                    example: "month",
                    rules: &[Rule { id: doc!("rabbitmq.bss_param.period_type.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE }],
                    ..Field::new("period_type", "Subscription period type", Wire::Str)
                },
                Field {
                    help: doc!("Subscribed periods: 1 to 9 months, or 1 to 3 years. Valid and mandatory only for prePaid."),
                    section: Section::Billing,
                    example: "1",
                    rules: &[
                        Rule { id: doc!("rabbitmq.bss_param.period_num.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE },
                        Rule { id: doc!("rabbitmq.bss_param.period_num.range"), when: &YES, check: Period { type_field: "period_type", month_max: 9, year_max: 3 }, quote: doc!("If periodType is month, the value ranges from 1 to 9. If periodType is year, the value ranges from 1 to 3.") },
                    ],
                    ..Field::new("period_num", "Subscribed periods", Wire::Int)
                },
            ],
            ..Field::new("bss_param", "Yearly/monthly parameters", Wire::Object)
        },
        // The table lists postPaid as a charging_mode value, so a pay-per-use body may say so
        // (docs/decisions.md #27).
        Field {
            when: &Is("billing", &["postpaid"]),
            help: doc!("Billing parameters. Pay-per-use is the default: leave this empty unless you want to send charging_mode postPaid explicitly."),
            section: Section::Billing,
            children: &[super::post_paid("charging_mode", &Never)],
            ..Field::new("bss_param", "Billing parameters", Wire::Object)
        },
    ],
};

/// Endpoint hosts by region (`super::endpoints`).
pub static ENDPOINTS: &[&str] = &["dms.af-south-1.myhuaweicloud.com", "dms.ap-southeast-1.myhuaweicloud.com", "dms.ap-southeast-2.myhuaweicloud.com", "dms.ap-southeast-3.myhuaweicloud.com", "dms.cn-east-2.myhuaweicloud.com", "dms.cn-east-3.myhuaweicloud.com", "dms.cn-north-1.myhuaweicloud.com", "dms.cn-north-4.myhuaweicloud.com", "dms.cn-south-1.myhuaweicloud.com", "dms.cn-southwest-2.myhuaweicloud.com"];

/// The document's example request bodies, verbatim (`super::examples`).
pub static EXAMPLES: &[Example] = &[
    Example { title: "Pay-per-use single-node 3.8.35, 100 GB", mode: "single/postpaid/private", json: doc!(include_str!("examples/rabbitmq-1.json")) },
    Example { title: "Yearly/monthly single-node 3.8.35, 100 GB", mode: "single/prepaid/private", json: doc!(include_str!("examples/rabbitmq-2.json")) },
];
