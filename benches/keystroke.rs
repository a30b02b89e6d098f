//! One keystroke's work in the core, on the largest mode: change one field, then compute the
//! full report and the pretty body. Budget (issue 3): 20 µs natively.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use request_builder::{body, fill, rules, Mode, Path, APIS};

fn largest() -> (&'static request_builder::Api, Mode) {
    APIS.iter()
        .flat_map(|a| Mode::all(a).into_iter().map(move |m| (*a, m)))
        .max_by_key(|(a, m)| body::pretty(a, m, &fill::example(a, m)).len())
        .unwrap()
}

fn keystroke(c: &mut Criterion) {
    let (api, mode) = largest();
    let mut values = fill::example(api, &mode);
    let name = Path::root().key("name");
    let mut i = 0u32;
    eprintln!("largest mode: {} {} ({} bytes of body)", api.id, mode.id(), body::pretty(api, &mode, &values).len());
    c.bench_function("keystroke: set name, validate, pretty body (largest mode)", |b| {
        b.iter(|| {
            i = i.wrapping_add(1);
            values.set(name.segs(), format!("instance-{}", i % 1000));
            let issues = rules::validate(api, &mode, black_box(&values));
            let text = body::pretty(api, &mode, &values);
            black_box((issues, text))
        })
    });
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
