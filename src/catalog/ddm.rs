//! Seed 002: Huawei Cloud DDM (Distributed Database Middleware), POST /v1/{project_id}/instances.

use super::{Api, Axis, Charset, Check::*, Choice, Cond::*, Detect, Example, Field, More, Options, PathParam, Rule, Section, Wire};

const YES: super::Cond = Always;
const PREPAID: super::Cond = Is("billing", &["prepaid"]);
const POSTPAID: super::Cond = Is("billing", &["postpaid"]);
const PREPAID_SENTENCE: super::Doc = doc!("This parameter is valid and mandatory if charge_mode is set to prePaid.");

pub static API: Api = Api {
    id: "ddm",
    title: "DDM",
    seed: "002",
    cloud: "Huawei Cloud",
    method: "POST",
    path: "/v1/{project_id}/instances",
    path_params: &[PathParam { name: "project_id", label: "Project ID", help: doc!("Project ID of a tenant in a region."), default: None }],
    axes: &[Axis {
        id: "billing",
        title: "Billing",
        choices: &[
            Choice { id: "postpaid", title: "Pay-per-use", when: &YES, value: None, detect: Detect::Fallback },
            Choice {
                id: "prepaid",
                title: "Yearly/monthly",
                when: &YES,
                value: Some("prePaid"),
                detect: prepaid_detect!("extend_param", "charge_mode"),
            },
        ],
    }],
    fields: &[
        Field {
            mandatory: &YES,
            help: doc!("What the DDM instance is: its name, class, nodes, engine and network."),
            children: &[
                Field {
                    mandatory: &YES,
                    help: doc!("Name of the DDM instance: 4 to 64 characters, starting with a letter; only letters, digits, underscores (_) and hyphens (-)."),
                    example: "ddm-test-001",
                    rules: &[
                        Rule { id: doc!("ddm.name.length"), when: &YES, check: Length { min: 4, max: 64 }, quote: doc!("Can include 4 to 64 characters.") },
                        Rule { id: doc!("ddm.name.start"), when: &YES, check: StartsWithLetter, quote: doc!("Must start with a letter.") },
                        Rule {
                            id: doc!("ddm.name.chars"),
                            when: &YES,
                            check: Charset(Charset { letters: true, unicode: false, digits: true, space: false, extra: "_-", says: "letters, digits, underscores (_) and hyphens (-)" }),
                            quote: doc!("Can contain only letters, digits, underscores (_), and hyphens (-)."),
                        },
                    ],
                    ..Field::new("name", "Instance name", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("ID of the DDM instance class (its node specification), e.g. 8f2e696c-a9c1-30bd-af90-25522bc67606 in the document's example."),
                    section: Section::Spec,
                    example: "8f2e696c-a9c1-30bd-af90-25522bc67606",
                    ..Field::new("flavor_id", "Class ID", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("How many DDM nodes the instance has, an integer; the document's examples create 4."),
                    section: Section::Spec,
                    example: "4",
                    // A count: at least 1, as a size is (docs/decisions.md #89).
                    rules: &[Rule { id: doc!("ddm.node_num.count"), when: &YES, check: Range { min: 1, max: i64::MAX }, quote: doc!("Number of nodes") }],
                    ..Field::new("node_num", "Number of nodes", Wire::Int)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("ID of the DDM engine (its version) the nodes run, e.g. 2325a707-0361-8be6-dd01-13474bbac437 in the document's example."),
                    section: Section::Spec,
                    example: "2325a707-0361-8be6-dd01-13474bbac437",
                    ..Field::new("engine_id", "Engine ID", Wire::Str)
                },
                Field {
                    help: doc!("ID of the enterprise project the instance is created in; the document's examples send \"0\". Optional."),
                    section: Section::Advanced,
                    ..Field::new("enterprise_project_id", "Enterprise project ID", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("AZ codes. The value cannot be empty. See Regions and Endpoints."),
                    section: Section::Network,
                    example: "az1",
                    rules: &[Rule { id: doc!("ddm.available_zones.not_empty"), when: &YES, check: Count { min: 1, max: usize::MAX }, quote: doc!("AZ code. The value cannot be empty.") }],
                    ..Field::new("available_zones", "Availability zones", Wire::Strings)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("The VPC the instance runs in. DDM runs in VPCs: before you create the instance, make sure a VPC is available with a subnet and a security group."),
                    section: Section::Network,
                    example: "e1d886ec-cfe7-4cd4-b748-fc55a10b4172",
                    ..Field::new("vpc_id", "VPC ID", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("The security group of the instance, configured in its VPC before the instance is created."),
                    section: Section::Network,
                    example: "035b70ed-319b-4086-9fd7-62a2e8548b2e",
                    ..Field::new("security_group_id", "Security group ID", Wire::Str)
                },
                Field {
                    mandatory: &YES,
                    help: doc!("The subnet of the VPC the instance's nodes are placed in, configured before the instance is created."),
                    section: Section::Network,
                    example: "f942f970-1a02-4eee-8927-4c2b2b5c2a3e",
                    ..Field::new("subnet_id", "Subnet ID", Wire::Str)
                },
                Field {
                    help: doc!("ID of the parameter group applied to the instance. Optional: the document sets no constraint."),
                    section: Section::Advanced,
                    ..Field::new("param_group_id", "Parameter group ID", Wire::Str)
                },
                Field {
                    help: doc!("UTC time zone. Default: UTC. The document's list has no UTC+04:00, so it is not offered."),
                    section: Section::Advanced,
                    options: &[Options {
                        when: &YES,
                        values: &[
                            "UTC", "UTC-12:00", "UTC-11:00", "UTC-10:00", "UTC-09:00", "UTC-08:00", "UTC-07:00", "UTC-06:00", "UTC-05:00", "UTC-04:00", "UTC-03:00", "UTC-02:00", "UTC-01:00", "UTC+01:00", "UTC+02:00", "UTC+03:00", "UTC+05:00", "UTC+06:00",
                            "UTC+07:00", "UTC+08:00", "UTC+09:00", "UTC+10:00", "UTC+11:00", "UTC+12:00",
                        ],
                    }],
                    example: "UTC+08:00",
                    more: &More { default: Some("UTC"), ..More::NONE },
                    ..Field::new("time_zone", "Time zone", Wire::Str)
                },
                Field {
                    help: doc!("Username of the administrator: 1 to 32 characters, starting with a letter; only letters, digits and underscores (_)."),
                    section: Section::Advanced,
                    example: "root_admin",
                    rules: &[
                        Rule { id: doc!("ddm.admin_user_name.length"), when: &YES, check: Length { min: 1, max: 32 }, quote: doc!("Can include 1 to 32 characters.") },
                        Rule { id: doc!("ddm.admin_user_name.start"), when: &YES, check: StartsWithLetter, quote: doc!("Must start with a letter.") },
                        Rule {
                            id: doc!("ddm.admin_user_name.chars"),
                            when: &YES,
                            check: Charset(Charset { letters: true, unicode: false, digits: true, space: false, extra: "_", says: "letters, digits and underscores (_)" }),
                            quote: doc!("Can contain only letters, digits, and underscores (_)."),
                        },
                    ],
                    ..Field::new("admin_user_name", "Administrator username", Wire::Str)
                },
                Field {
                    secret: true,
                    help: doc!("Password of the administrator: 8 to 32 characters, a combination of uppercase letters, lowercase letters, digits and the special characters ~!@#%^*-_+? Use a strong password."),
                    section: Section::Advanced,
                    example: "Ddm_admin2024?",
                    rules: &[Rule { id: doc!("ddm.admin_user_password.classes"), when: &YES, check: Password { min: 8, max: 32, classes: 4, specials: "~!@#%^*-_+?" }, quote: doc!("Can include 8 to 32 characters. Must be a combination of uppercase letters, lowercase letters, digits, and the following special characters: ~!@#%^*-_+?") }],
                    ..Field::new("admin_user_password", "Administrator password", Wire::Str)
                },
            ],
            ..Field::new("instance", "Instance", Wire::Object)
        },
        Field {
            mandatory: &YES,
            when: &PREPAID,
            help: doc!("Extended parameter, available only when you create a yearly/monthly instance."),
            section: Section::Billing,
            children: &[
                Field {
                    help: doc!("Billing mode. prePaid: yearly/monthly. Set by the billing you picked. Left out, it is postPaid, and the instance is billed pay-per-use."),
                    section: Section::Billing,
                    // Left out, charge_mode is postPaid: a yearly/monthly request must say prePaid.
                    rules: &[Rule { id: doc!("ddm.extend_param.charge_mode.prepaid"), when: &YES, check: Required, quote: doc!("Default value: postPaid") }],
                    more: &More { pin: Some("billing"), default: Some("postPaid"), ..More::NONE },
                    ..Field::new("charge_mode", "Billing mode", Wire::Str)
                },
                Field {
                    help: doc!("Subscription period unit: month or year. Valid and mandatory if charge_mode is prePaid."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["month", "year"] }],
                    example: "month",
                    rules: &[Rule { id: doc!("ddm.extend_param.period_type.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE }],
                    ..Field::new("period_type", "Subscription period unit", Wire::Str)
                },
                Field {
                    help: doc!("Subscription duration: 1 to 9 months, or 1 year. Valid and mandatory if charge_mode is prePaid."),
                    section: Section::Billing,
                    example: "1",
                    rules: &[
                        Rule { id: doc!("ddm.extend_param.period_num.required"), when: &YES, check: Required, quote: PREPAID_SENTENCE },
                        Rule { id: doc!("ddm.extend_param.period_num.range"), when: &YES, check: Period { type_field: "period_type", month_max: 9, year_max: 1 }, quote: doc!("If period_type is set to month, the value ranges from 1 to 9. If period_type is set to year, the value is 1.") },
                    ],
                    ..Field::new("period_num", "Subscription duration", Wire::Int)
                },
                Field {
                    help: doc!("Whether the instance is renewed automatically when it expires. Valid when charge_mode is prePaid. Not renewed by default."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["true", "false"] }],
                    example: "true",
                    more: &More { default: Some("false"), ..More::NONE },
                    ..Field::new("is_auto_renew", "Auto-renew", Wire::Str)
                },
                Field {
                    help: doc!("Whether the order is paid automatically from the account balance. Available if charge_mode is prePaid. Paid manually by default."),
                    section: Section::Billing,
                    options: &[Options { when: &YES, values: &["true", "false"] }],
                    example: "true",
                    more: &More { default: Some("false"), ..More::NONE },
                    ..Field::new("is_auto_pay", "Auto-pay", Wire::Str)
                },
            ],
            ..Field::new("extend_param", "Yearly/monthly parameters", Wire::Object)
        },
        // Pay-per-use needs no extend_param, but the table lists postPaid as a charge_mode
        // value, so a pay-per-use body may say so (docs/decisions.md #28).
        Field {
            when: &POSTPAID,
            help: doc!("Extended parameter. Pay-per-use is the default: leave it empty unless you want to send charge_mode postPaid explicitly."),
            section: Section::Billing,
            children: &[super::post_paid("charge_mode", &Never)],
            ..Field::new("extend_param", "Extended parameter", Wire::Object)
        },
    ],
};

/// Endpoint hosts by region (`super::endpoints`).
pub static ENDPOINTS: &[&str] = &["ddm.ae-ad-1.myhuaweicloud.com", "ddm.ap-southeast-1.myhuaweicloud.com", "ddm.cn-east-2.myhuaweicloud.com", "ddm.cn-east-3.myhuaweicloud.com", "ddm.cn-north-1.myhuaweicloud.com", "ddm.cn-north-4.myhuaweicloud.com", "ddm.cn-north-9.myhuaweicloud.com", "ddm.cn-south-1.myhuaweicloud.com", "ddm.cn-south-2.myhuaweicloud.com", "ddm.cn-southwest-2.myhuaweicloud.com", "ddm.eu-west-101.myhuaweicloud.eu", "ddm.la-north-2.myhuaweicloud.com", "ddm.la-south-2.myhuaweicloud.com", "ddm.my-kualalumpur-1.myhuaweicloud.com", "ddm.ru-moscow-1.myhuaweicloud.com", "ddm.sa-brazil-1.myhuaweicloud.com"];

/// The document's example request bodies, verbatim (`super::examples`).
pub static EXAMPLES: &[Example] = &[
    Example { title: "Pay-per-use instance", mode: "postpaid", json: doc!(include_str!("examples/ddm-1.json")) },
    Example { title: "Yearly/monthly instance, paid from balance, auto-renewed", mode: "prepaid", json: doc!(include_str!("examples/ddm-2.json")) },
];
