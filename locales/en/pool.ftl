# The regional pool: a PostgreSQL database the region runs (Settings, and respond pool).
pool-title = Regional pool
pool-intro = If your region runs a PostgreSQL database for the programme, Respond can send it this laptop's results: sessions, participant codes, tests and kits. Names, own codes and certificates never leave this laptop, and Respond works the same without the pool.
pool-url = Address of the pool
pool-url-hint = postgresql://user:password@server/database?sslmode=require — given by whoever runs the pool.
pool-url-show = Show the address
pool-save = Save the address
pool-saved = Address saved.
pool-check = Test the connection
pool-push = Send now
pool-checked = Connected: { $server }. The pool holds { $installations } installations and { $participants } people.
pool-pushed = Sent: { $sessions } sessions, { $participants } people, { $attempts } tests ({ $new } new, { $updated } updated, { $removed } removed).
pool-last = Last sent on { $date }: { $new } new, { $updated } updated, { $removed } removed.
pool-never = Nothing sent yet.
pool-stage-connect = Connecting…
pool-stage-sessions = Sending { $count } sessions…
pool-stage-participants = Sending { $count } people…
pool-stage-attempts = Sending { $count } tests…
pool-stage-answers = Sending the answers ({ $count })…
error-pool = The regional pool could not be used. Nothing was changed on this laptop.
error-pool-bad-url = This is not a pool address: it starts with postgresql:// and names the server and the database.
error-pool-tls-required = A pool on another computer needs an encrypted connection: add ?sslmode=require to the address.
error-pool-unreachable = No pool answered at this address. Check the server's name and port, and the network. Nothing was changed on this laptop.
error-pool-credentials = The pool refused the user name or the password. Nothing was changed on this laptop.
error-pool-server = The pool refused the data. Nothing was changed on this laptop; tell whoever runs the pool.
