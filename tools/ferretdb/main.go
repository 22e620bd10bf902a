// Command ferretdb runs an embedded FerretDB 1.24 (MongoDB wire protocol on top of
// PostgreSQL) for local runs and tests. See DESIGN.md, "Stores and what each holds".
//
// It exists because `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2`
// produces a binary that panics at start (its version file is generated only for
// releases); the embeddable package has no such requirement.
//
// With -ping ADDR it instead sends a MongoDB `ping` command to ADDR and exits 0 only if
// it is answered with ok:1 within -ping-timeout. FerretDB's ping touches the PostgreSQL
// pool, so this also detects a server whose pool is exhausted (wedged), which a plain TCP
// probe cannot.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	"github.com/FerretDB/wire"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on (MongoDB wire protocol)")
	postgresqlURL := flag.String("postgresql-url", "postgres://postgres@127.0.0.1:5432/ferretdb", "PostgreSQL connection string for the postgresql handler")
	logLevel := flag.String("log-level", "info", "log level: debug, info, warn or error")
	pingAddr := flag.String("ping", "", "health check: send `ping` to this address and exit (0 = healthy) instead of serving")
	pingTimeout := flag.Duration("ping-timeout", 5*time.Second, "timeout for -ping")
	flag.Parse()

	if *pingAddr != "" {
		if err := ping(*pingAddr, *pingTimeout); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb: ping %s: %v\n", *pingAddr, err)
			os.Exit(1)
		}
		return
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: invalid -log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:        logger,
		Handler:       "postgresql",
		PostgreSQLURL: *postgresqlURL,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	logger.Info("starting FerretDB", "listen", *listenAddr, "handler", "postgresql")
	if err := f.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
	logger.Info("FerretDB stopped")
}

// ping sends {ping: 1, $db: "admin"} as OP_MSG and expects {ok: 1}.
func ping(addr string, timeout time.Duration) error {
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return err
	}
	defer conn.Close()

	if err = conn.SetDeadline(time.Now().Add(timeout)); err != nil {
		return err
	}

	msg := wire.MustOpMsg("ping", int32(1), "$db", "admin")
	b, err := msg.MarshalBinary()
	if err != nil {
		return err
	}

	header := &wire.MsgHeader{
		MessageLength: int32(wire.MsgHeaderLen + len(b)),
		RequestID:     1,
		OpCode:        wire.OpCodeMsg,
	}

	w := bufio.NewWriter(conn)
	if err = wire.WriteMessage(w, header, msg); err != nil {
		return err
	}
	if err = w.Flush(); err != nil {
		return err
	}

	_, body, err := wire.ReadMessage(bufio.NewReader(conn))
	if err != nil {
		return fmt.Errorf("no answer: %w", err)
	}

	reply, isMsg := body.(*wire.OpMsg)
	if !isMsg {
		return fmt.Errorf("unexpected reply type %T", body)
	}

	raw, err := reply.RawDocument()
	if err != nil {
		return err
	}
	doc, err := raw.Decode()
	if err != nil {
		return err
	}

	switch ok := doc.Get("ok").(type) {
	case float64:
		if ok == 1 {
			return nil
		}
	case int32:
		if ok == 1 {
			return nil
		}
	}

	return fmt.Errorf("not ok: %v %v", doc.Get("errmsg"), doc.Get("codeName"))
}
