//! Sprig's certificate and key generators.
use super::funcs::Ctx;
use super::value::Value;

fn unsupported(name: &str) -> String {
    format!("{name} is not supported by kforge's native renderer yet; render this chart with --helm-command")
}

pub fn gen_private_key(_c: &mut Ctx, _typ: &str) -> Result<String, String> {
    Err(unsupported("genPrivateKey"))
}
pub fn gen_ca(_c: &mut Ctx, _cn: &str, _days: i64) -> Result<Value, String> {
    Err(unsupported("genCA"))
}
pub fn gen_self_signed(_c: &mut Ctx, _a: &[Value]) -> Result<Value, String> {
    Err(unsupported("genSelfSignedCert"))
}
pub fn gen_signed(_c: &mut Ctx, _a: &[Value]) -> Result<Value, String> {
    Err(unsupported("genSignedCert"))
}
pub fn htpasswd(_c: &mut Ctx, _u: &str, _p: &str) -> Result<String, String> {
    Err(unsupported("htpasswd"))
}
