import HTTPTypes

/// GetHostAllocatorStrategies
///
/// 获取物理机分配策略
///
/// 获取物理机分配策略
///
/// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
///
/// Category: host.allocator
public nonisolated enum GetHostAllocatorStrategies {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetHostAllocatorStrategies",
            method: .get,
            pathTemplate: "/zstack/v1/hosts/allocators/strategies",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetBackupStorageTypes/Request``: the inputs are the same.
    public typealias Request = GetBackupStorageTypes.Request

    /// 物理机分配策略
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// 策略
        public let strategies: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - strategies: 策略
        public init(error: ErrorCode? = nil, success: Bool? = nil, strategies: [String]? = nil) {
            self.error = error
            self.success = success
            self.strategies = strategies
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.strategies = try object.optionalValue([String].self, forKey: "strategies")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.strategies, forKey: "strategies")
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
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.strategies, rhs.strategies)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostAllocatorStrategies
    ///
    /// 获取物理机分配策略
    ///
    /// 获取物理机分配策略
    ///
    /// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 物理机分配策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostAllocatorStrategies(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetHostAllocatorStrategies.Response {
        try await getHostAllocatorStrategies(
            GetHostAllocatorStrategies.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetHostAllocatorStrategies
    ///
    /// 获取物理机分配策略
    ///
    /// 获取物理机分配策略
    ///
    /// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 物理机分配策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostAllocatorStrategies(
        _ request: GetHostAllocatorStrategies.Request
    ) async throws -> GetHostAllocatorStrategies.Response {
        let call = ZStackRequestBuilder(operation: GetHostAllocatorStrategies.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
