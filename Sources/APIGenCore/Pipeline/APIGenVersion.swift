/// The version `apigen --version` prints.
public enum APIGenVersion {
    public static let current = "0.1.0"
}
