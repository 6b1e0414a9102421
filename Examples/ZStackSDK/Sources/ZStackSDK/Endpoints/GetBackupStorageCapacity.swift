import HTTPTypes

/// 获取镜像服务器存储容量(GetBackupStorageCapacity)
///
/// 获取镜像服务器存储容量
///
/// `GET /zstack/v1/backup-storage/capacities`, synchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum GetBackupStorageCapacity {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetBackupStorageCapacity",
            method: .get,
            pathTemplate: "/zstack/v1/backup-storage/capacities",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID列表
        public let zoneUuids: [String]?

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]?

        /// 当镜像服务器UUID列表为空时，该项为真表示查询系统中所有的镜像服务器。
        public let all: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuids: 区域UUID列表
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - all: 当镜像服务器UUID列表为空时，该项为真表示查询系统中所有的镜像服务器。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuids: [String]? = nil,
            backupStorageUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuids = zoneUuids
            self.backupStorageUuids = backupStorageUuids
            self.all = all
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
            guard ZStackFieldwise.same(lhs.zoneUuids, rhs.zoneUuids) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.all, rhs.all) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取镜像服务器存储容量
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 总容量（以字节计）
        public let totalCapacity: Int64?

        /// 可用容量（以字节计）
        public let availableCapacity: Int64?

        /// 成功失败标志
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - totalCapacity: 总容量（以字节计）
        ///   - availableCapacity: 可用容量（以字节计）
        ///   - success: 成功失败标志
        public init(
            error: ErrorCode? = nil,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
            self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
            try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
            try object.encodeValue(self.success, forKey: "success")
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
            guard ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取镜像服务器存储容量(GetBackupStorageCapacity)
    ///
    /// 获取镜像服务器存储容量
    ///
    /// `GET /zstack/v1/backup-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuids: 区域UUID列表
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - all: 当镜像服务器UUID列表为空时，该项为真表示查询系统中所有的镜像服务器。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取镜像服务器存储容量
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getBackupStorageCapacity(
        zoneUuids: [String]? = nil,
        backupStorageUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetBackupStorageCapacity.Response {
        try await getBackupStorageCapacity(
            GetBackupStorageCapacity.Request(
                zoneUuids: zoneUuids,
                backupStorageUuids: backupStorageUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取镜像服务器存储容量(GetBackupStorageCapacity)
    ///
    /// 获取镜像服务器存储容量
    ///
    /// `GET /zstack/v1/backup-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取镜像服务器存储容量
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getBackupStorageCapacity(
        _ request: GetBackupStorageCapacity.Request
    ) async throws -> GetBackupStorageCapacity.Response {
        let call = ZStackRequestBuilder(operation: GetBackupStorageCapacity.operation)
        call.appendQueryItems("zoneUuids", values: request.zoneUuids)
        call.appendQueryItems("backupStorageUuids", values: request.backupStorageUuids)
        call.appendQueryItem("all", describing: request.all)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
