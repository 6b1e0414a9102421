import HTTPTypes

/// BatchSyncVolumeSize
///
/// 批量刷新云盘容量
///
/// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
///
/// Category: volume
public nonisolated enum BatchSyncVolumeSize {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "BatchSyncVolumeSize",
            method: .post,
            pathTemplate: "/zstack/v1/volumes/batch-sync-volumes",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 集群UUID
        public let clusterUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - clusterUuid: 集群UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(clusterUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.clusterUuid = clusterUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 批量刷新云盘容量返回
    public final class Response: Codable, Sendable, Equatable {
        /// 成功数量
        public let successCount: Int?

        /// 失败数量
        public let failCount: Int?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - successCount: 成功数量
        ///   - failCount: 失败数量
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(successCount: Int? = nil, failCount: Int? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.successCount = successCount
            self.failCount = failCount
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.successCount = try object.optionalValue(Int.self, forKey: "successCount")
            self.failCount = try object.optionalValue(Int.self, forKey: "failCount")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.successCount, forKey: "successCount")
            try object.encodeValue(self.failCount, forKey: "failCount")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.successCount, rhs.successCount) else { return false }
            guard ZStackFieldwise.same(lhs.failCount, rhs.failCount) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// BatchSyncVolumeSize
    ///
    /// 批量刷新云盘容量
    ///
    /// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - clusterUuid: 集群UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 批量刷新云盘容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchSyncVolumeSize(
        clusterUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> BatchSyncVolumeSize.Response {
        try await batchSyncVolumeSize(
            BatchSyncVolumeSize.Request(clusterUuid: clusterUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// BatchSyncVolumeSize
    ///
    /// 批量刷新云盘容量
    ///
    /// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量刷新云盘容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchSyncVolumeSize(
        _ request: BatchSyncVolumeSize.Request
    ) async throws -> BatchSyncVolumeSize.Response {
        let call = ZStackRequestBuilder(operation: BatchSyncVolumeSize.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeValue(request.clusterUuid, forKey: "clusterUuid")
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
