import HTTPTypes

/// ChangeInstanceOffering
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum ChangeInstanceOffering {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeInstanceOffering",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 计算规格UUID
        public let instanceOfferingUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - instanceOfferingUuid: 计算规格UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmInstanceUuid: String,
            instanceOfferingUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.instanceOfferingUuid = instanceOfferingUuid
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// ChangeInstanceOffering
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeInstanceOffering(
        vmInstanceUuid: String,
        instanceOfferingUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeInstanceOffering.Response {
        try await changeInstanceOffering(
            ChangeInstanceOffering.Request(
                vmInstanceUuid: vmInstanceUuid,
                instanceOfferingUuid: instanceOfferingUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeInstanceOffering
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeInstanceOffering(
        _ request: ChangeInstanceOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeInstanceOffering.Response {
        let call = ZStackRequestBuilder(operation: ChangeInstanceOffering.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeInstanceOffering") { wrapped in
                try wrapped.encodeValue(request.instanceOfferingUuid, forKey: "instanceOfferingUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
