//! Sprig's date functions over Unix time, formatted with Go layouts.
use std::rc::Rc;

use super::funcs::Ctx;
use super::value::{Object, Value};

pub struct Time {
    pub secs: i64,
    pub nanos: u32,
}

impl Object for Time {
    fn type_name(&self) -> &str {
        "time.Time"
    }
    fn field(&self, _name: &str) -> Option<Value> {
        None
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        match (name, args) {
            ("Unix", []) => Some(Ok(Value::Int(self.secs))),
            ("Year", []) => Some(Ok(Value::Int(civil(self.secs).0))),
            ("Format", [Value::Str(l)]) => Some(Ok(Value::from(format(self, l)))),
            ("UTC", []) => Some(Ok(Value::Object(Rc::new(Time { secs: self.secs, nanos: self.nanos })))),
            _ => None,
        }
    }
    fn display(&self) -> Option<String> {
        Some(format(self, "2006-01-02 15:04:05.999999999 -0700 MST"))
    }
}

pub fn now(ctx: &mut Ctx) -> Value {
    let (secs, nanos) = match ctx.now {
        Some(s) => (s, 0),
        None => {
            let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            (d.as_secs() as i64, d.subsec_nanos())
        }
    };
    Value::Object(Rc::new(Time { secs, nanos }))
}

pub fn unix(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        Value::Object(o) => match o.call("Unix", &[]) {
            Some(Ok(Value::Int(i))) => i,
            _ => 0,
        },
        _ => {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
        }
    }
}

pub fn date(layout: &str, v: &Value, _zone: &str) -> String {
    let t = match v {
        Value::Object(o) if o.type_name() == "time.Time" => Time { secs: unix(v), nanos: 0 },
        other => Time { secs: unix(other), nanos: 0 },
    };
    format(&t, layout)
}

/// (year, month, day, hour, min, sec, weekday) in UTC.
fn civil(secs: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = if m <= 2 { y + 1 } else { y };
    let wd = (days + 4).rem_euclid(7) as u32;
    (y, m, d, (rem / 3600) as u32, ((rem % 3600) / 60) as u32, (rem % 60) as u32, wd)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// Go's time.Format for UTC times.
#[allow(clippy::type_complexity)]
pub fn format(t: &Time, layout: &str) -> String {
    let (y, mo, d, h, mi, s, wd) = civil(t.secs);
    let mut out = String::new();
    let mut rest = layout;
    let toks: &[(&str, &dyn Fn(&mut String))] = &[
        ("January", &|o: &mut String| o.push_str(MONTHS[mo as usize - 1])),
        ("Monday", &|o: &mut String| o.push_str(DAYS[wd as usize])),
        ("2006", &|o: &mut String| o.push_str(&format!("{y:04}"))),
        ("-07:00", &|o: &mut String| o.push_str("+00:00")),
        ("Z07:00", &|o: &mut String| o.push('Z')),
        ("-0700", &|o: &mut String| o.push_str("+0000")),
        ("Z0700", &|o: &mut String| o.push('Z')),
        ("Jan", &|o: &mut String| o.push_str(&MONTHS[mo as usize - 1][..3])),
        ("Mon", &|o: &mut String| o.push_str(&DAYS[wd as usize][..3])),
        ("MST", &|o: &mut String| o.push_str("UTC")),
        (".000000000", &|o: &mut String| o.push_str(&format!(".{:09}", t.nanos))),
        (".999999999", &|o: &mut String| {
            if t.nanos > 0 {
                let s = format!(".{:09}", t.nanos);
                o.push_str(s.trim_end_matches('0'));
            }
        }),
        (".000000", &|o: &mut String| o.push_str(&format!(".{:06}", t.nanos / 1000))),
        (".000", &|o: &mut String| o.push_str(&format!(".{:03}", t.nanos / 1_000_000))),
        ("01", &|o: &mut String| o.push_str(&format!("{mo:02}"))),
        ("02", &|o: &mut String| o.push_str(&format!("{d:02}"))),
        ("_2", &|o: &mut String| o.push_str(&format!("{d:>2}"))),
        ("15", &|o: &mut String| o.push_str(&format!("{h:02}"))),
        ("03", &|o: &mut String| o.push_str(&format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }))),
        ("04", &|o: &mut String| o.push_str(&format!("{mi:02}"))),
        ("05", &|o: &mut String| o.push_str(&format!("{s:02}"))),
        ("06", &|o: &mut String| o.push_str(&format!("{:02}", y % 100))),
        ("PM", &|o: &mut String| o.push_str(if h >= 12 { "PM" } else { "AM" })),
        ("pm", &|o: &mut String| o.push_str(if h >= 12 { "pm" } else { "am" })),
        ("1", &|o: &mut String| o.push_str(&mo.to_string())),
        ("2", &|o: &mut String| o.push_str(&d.to_string())),
        ("3", &|o: &mut String| o.push_str(&(if h % 12 == 0 { 12 } else { h % 12 }).to_string())),
        ("4", &|o: &mut String| o.push_str(&mi.to_string())),
        ("5", &|o: &mut String| o.push_str(&s.to_string())),
    ];
    'outer: while !rest.is_empty() {
        for (tok, f) in toks {
            if rest.starts_with(tok) {
                f(&mut out);
                rest = &rest[tok.len()..];
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}
