import HTTPTypes

/// 获取spice的CA证书(GetSpiceCertificates)
///
/// 开启Spice TLS加密后，spice客户端需要下载CA证书才能访问云主机控制台
///
/// `GET /zstack/v1/spice/certificates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetSpiceCertificates {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetSpiceCertificates",
        method: .get,
        pathTemplate: "/zstack/v1/spice/certificates",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取spice的CA证书
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// spice CA证书
        public var certificateStr: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - certificateStr: spice CA证书
        public init(error: ErrorCode? = nil, success: Bool? = nil, certificateStr: String? = nil) {
            self.error = error
            self.success = success
            self.certificateStr = certificateStr
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case certificateStr = "certificateStr"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取spice的CA证书(GetSpiceCertificates)
    ///
    /// 开启Spice TLS加密后，spice客户端需要下载CA证书才能访问云主机控制台
    ///
    /// `GET /zstack/v1/spice/certificates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 获取spice的CA证书
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSpiceCertificates(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetSpiceCertificates.Response {
        try await getSpiceCertificates(
            GetSpiceCertificates.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取spice的CA证书(GetSpiceCertificates)
    ///
    /// 开启Spice TLS加密后，spice客户端需要下载CA证书才能访问云主机控制台
    ///
    /// `GET /zstack/v1/spice/certificates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取spice的CA证书
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSpiceCertificates(
        _ request: GetSpiceCertificates.Request
    ) async throws -> GetSpiceCertificates.Response {
        var call = ZStackRequestBuilder(operation: GetSpiceCertificates.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
