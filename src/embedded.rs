//! Files compiled into the binary by build.rs: locales, content, migrations.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
