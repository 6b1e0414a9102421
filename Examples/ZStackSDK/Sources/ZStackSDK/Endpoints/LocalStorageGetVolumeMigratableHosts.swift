import HTTPTypes

/// LocalStorageGetVolumeMigratableHosts
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum LocalStorageGetVolumeMigratableHosts {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LocalStorageGetVolumeMigratableHosts",
        method: .get,
        pathTemplate: "/zstack/v1/volumes/{volumeUuid}/migration-target-hosts",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 云盘UUID
        public let volumeUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(volumeUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.volumeUuid = volumeUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [HostInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [HostInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([HostInventory].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
        }
    }
}

nonisolated extension ZStackClient {
    /// LocalStorageGetVolumeMigratableHosts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func localStorageGetVolumeMigratableHosts(
        volumeUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response {
        try await localStorageGetVolumeMigratableHosts(
            LocalStorageGetVolumeMigratableHosts.Request(
                volumeUuid: volumeUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// LocalStorageGetVolumeMigratableHosts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func localStorageGetVolumeMigratableHosts(
        _ request: LocalStorageGetVolumeMigratableHosts.Request
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response {
        var call = ZStackRequestBuilder(operation: LocalStorageGetVolumeMigratableHosts.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
