package org.telerehab.kit.messaging;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/**
 * Transactions on a plain database as JTA gives them to the production code: inside one, every connection this
 * thread asks {@link #dataSource()} for is the transaction's own (closing it does nothing), committed when the work
 * returns and rolled back when it throws; a new transaction suspends the one around it, as requiringNew does.
 */
final class JdbcTransactions implements IdempotentConsumer.NewTransaction {

    private final DataSource database;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    JdbcTransactions(DataSource database) {
        this.database = database;
    }

    @Override
    public boolean call(Callable<Boolean> work) {
        Connection outer = current.get();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                boolean result = work.call();
                connection.commit();
                return result;
            } catch (Exception e) {
                connection.rollback();
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } finally {
                current.set(outer);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the consumer and its handlers get connections from. */
    DataSource dataSource() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection inTransaction = current.get();
                return inTransaction == null ? database.getConnection() : unclosable(inTransaction);
            }

            @Override
            public Connection getConnection(String user, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(JdbcTransactions.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
