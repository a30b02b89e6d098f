//! The benchmark's loop without criterion, for profilers: `valgrind --tool=callgrind`.
use request_builder::{body, fill, rules, Mode, Path, APIS};
fn main() {
    let (api, mode) = APIS.iter().flat_map(|a| Mode::all(a).into_iter().map(move |m| (*a, m)))
        .max_by_key(|(a, m)| body::pretty(a, m, &fill::example(a, m)).len()).unwrap();
    let mut values = fill::example(api, &mode);
    let name = Path::root().key("name");
    let mut total = 0;
    for i in 0..20_000u32 {
        values.set(name.segs(), format!("instance-{}", i % 1000));
        total += rules::validate(api, &mode, &values).len() + body::pretty(api, &mode, &values).len();
    }
    println!("{total}");
}
