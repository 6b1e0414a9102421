import ZStackSDK

/// The server side of ``MigrateVm``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum MigrateVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: MigrateVm.operation, bodyWrapper: "migrateVm") { call in
            let request = try call.decodeBody(wrapper: "migrateVm") { body in
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let migrateFromDestination = try body.wrappedField(Bool.self, "migrateFromDestination")
                let allowUnknown = try body.wrappedField(Bool.self, "allowUnknown")
                let strategy = try body.wrappedField(MigrateVmStrategy.self, "strategy")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let downTime = try body.wrappedField(Int.self, "downTime")
                return MigrateVm.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    hostUuid: hostUuid,
                    migrateFromDestination: migrateFromDestination,
                    allowUnknown: allowUnknown,
                    strategy: strategy,
                    systemTags: systemTags,
                    userTags: userTags,
                    downTime: downTime
                )
            }
            return { try await handler.migrateVm(request) }
        }
    }
}
