import HTTPTypes

/// 获取可绑定指定弹性IP的云主机网卡(GetEipAttachableVmNics)
///
/// 获取可绑定指定弹性IP的云主机网卡
///
/// `GET /zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
///
/// Category: 弹性IP
public nonisolated enum GetEipAttachableVmNics {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetEipAttachableVmNics",
            method: .get,
            pathTemplate: "/zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 弹性IP UUID
        public let eipUuid: String

        /// VIP UUID
        public let vipUuid: String?

        /// The `vmUuid` field.
        public let vmUuid: String?

        /// The `vmName` field.
        public let vmName: String?

        /// The `limit` field.
        public let limit: Int?

        /// The `start` field.
        public let start: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `networkServiceProvider` field.
        public let networkServiceProvider: String?

        /// The `attachedToVm` field.
        public let attachedToVm: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - eipUuid: 弹性IP UUID
        ///   - vipUuid: VIP UUID
        ///   - vmUuid: The `vmUuid` field.
        ///   - vmName: The `vmName` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - networkServiceProvider: The `networkServiceProvider` field.
        ///   - attachedToVm: The `attachedToVm` field.
        public init(
            eipUuid: String,
            vipUuid: String? = nil,
            vmUuid: String? = nil,
            vmName: String? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            networkServiceProvider: String? = nil,
            attachedToVm: Bool? = nil
        ) {
            self.eipUuid = eipUuid
            self.vipUuid = vipUuid
            self.vmUuid = vmUuid
            self.vmName = vmName
            self.limit = limit
            self.start = start
            self.systemTags = systemTags
            self.userTags = userTags
            self.networkServiceProvider = networkServiceProvider
            self.attachedToVm = attachedToVm
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
            guard ZStackFieldwise.same(lhs.eipUuid, rhs.eipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmUuid, rhs.vmUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmName, rhs.vmName) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.networkServiceProvider, rhs.networkServiceProvider) else { return false }
            return ZStackFieldwise.same(lhs.attachedToVm, rhs.attachedToVm)
        }
    }

    /// 弹性IP清单
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [VmNicInventory]?

        /// The `start` field.
        public let start: Int?

        /// The `more` field.
        public let more: Bool?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        ///   - start: The `start` field.
        ///   - more: The `more` field.
        ///   - success: The `success` field.
        public init(
            error: ErrorCode? = nil,
            inventories: [VmNicInventory]? = nil,
            start: Int? = nil,
            more: Bool? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.inventories = inventories
            self.start = start
            self.more = more
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([VmNicInventory].self, forKey: "inventories")
            self.start = try object.optionalValue(Int.self, forKey: "start")
            self.more = try object.optionalValue(Bool.self, forKey: "more")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
            try object.encodeValue(self.start, forKey: "start")
            try object.encodeValue(self.more, forKey: "more")
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
            guard ZStackFieldwise.same(lhs.inventories, rhs.inventories) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.more, rhs.more) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取可绑定指定弹性IP的云主机网卡(GetEipAttachableVmNics)
    ///
    /// 获取可绑定指定弹性IP的云主机网卡
    ///
    /// `GET /zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - eipUuid: 弹性IP UUID
    ///   - vipUuid: VIP UUID
    ///   - vmUuid: The `vmUuid` field.
    ///   - vmName: The `vmName` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - networkServiceProvider: The `networkServiceProvider` field.
    ///   - attachedToVm: The `attachedToVm` field.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getEipAttachableVmNics(
        eipUuid: String,
        vipUuid: String? = nil,
        vmUuid: String? = nil,
        vmName: String? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        networkServiceProvider: String? = nil,
        attachedToVm: Bool? = nil
    ) async throws -> GetEipAttachableVmNics.Response {
        try await getEipAttachableVmNics(
            GetEipAttachableVmNics.Request(
                eipUuid: eipUuid,
                vipUuid: vipUuid,
                vmUuid: vmUuid,
                vmName: vmName,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags,
                networkServiceProvider: networkServiceProvider,
                attachedToVm: attachedToVm
            )
        )
    }

    /// 获取可绑定指定弹性IP的云主机网卡(GetEipAttachableVmNics)
    ///
    /// 获取可绑定指定弹性IP的云主机网卡
    ///
    /// `GET /zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getEipAttachableVmNics(
        _ request: GetEipAttachableVmNics.Request
    ) async throws -> GetEipAttachableVmNics.Response {
        let call = ZStackRequestBuilder(operation: GetEipAttachableVmNics.operation)
        call.setPathParameter("eipUuid", to: request.eipUuid)
        call.appendQueryItem("vipUuid", value: request.vipUuid)
        call.appendQueryItem("vmUuid", value: request.vmUuid)
        call.appendQueryItem("vmName", value: request.vmName)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("networkServiceProvider", value: request.networkServiceProvider)
        call.appendQueryItem("attachedToVm", describing: request.attachedToVm)
        return try await perform(call)
    }
}
