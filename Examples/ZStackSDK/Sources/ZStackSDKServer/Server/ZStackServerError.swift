public import HTTPTypes
public import ZStackSDK

/// An error that a handler throws to answer a call with a ZStack failure reply.
///
/// The server answers with ``status`` (by default the API's failure status, `503 Service Unavailable`) and the
/// body `{"error": <errorCode>}`, which the generated client reports as `ZStackAPIError` with the same error code.
/// A handler that forwards calls to another server may also rethrow the client's `ZStackAPIError` unchanged: the
/// server answers with its status and error code in the same way. Any other error that a handler throws is
/// answered with `500 Internal Server Error` and an error code that does not reveal it.
public nonisolated struct ZStackServerError: Error, Sendable, CustomStringConvertible {
    /// The error that the failure reply carries.
    public var errorCode: ZStackErrorCode

    /// The HTTP status of the failure reply.
    public var status: HTTPResponse.Status

    /// Creates an error that answers with the given error code.
    ///
    /// - Parameters:
    ///   - errorCode: The error that the failure reply carries.
    ///   - status: The HTTP status of the failure reply; `nil` for the API's failure status.
    public init(_ errorCode: ZStackErrorCode, status: HTTPResponse.Status? = nil) {
        self.errorCode = errorCode
        self.status = status ?? ZStackServerWire.errorStatus
    }

    /// Creates an error from the parts of its error code.
    ///
    /// - Parameters:
    ///   - code: The error code, such as `SYS.1000` or `HOST.1001`.
    ///   - description: A brief description of the error.
    ///   - details: Detailed error information.
    ///   - cause: The error that caused this one, if any.
    ///   - status: The HTTP status of the failure reply; `nil` for the API's failure status.
    public init(
        code: String,
        description: String,
        details: String? = nil,
        cause: ZStackErrorCode? = nil,
        status: HTTPResponse.Status? = nil
    ) {
        let errorCode = ZStackErrorCode(code: code, description: description, details: details, cause: cause)
        self.init(errorCode, status: status)
    }

    /// The status and the error's code and description.
    public var description: String {
        let code = errorCode.code ?? "?"
        let text = errorCode.description ?? ""
        return "ZStack failure reply \(status.code): \(code) \(text)"
    }
}
