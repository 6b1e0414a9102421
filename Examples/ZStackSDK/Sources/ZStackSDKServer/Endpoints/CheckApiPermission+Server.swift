import ZStackSDK

/// The server side of ``CheckApiPermission``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/permissions/actions`, synchronous.
nonisolated enum CheckApiPermissionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckApiPermission.operation, bodyWrapper: "checkApiPermission") { call in
            let request = try call.decodeBody(wrapper: "checkApiPermission") { body in
                let apiNames = try body.wrappedField([String].self, "apiNames")
                let userUuid = try body.wrappedField(String.self, "userUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CheckApiPermission.Request(
                    apiNames: try call.required(apiNames, .bodyField("checkApiPermission.apiNames")),
                    userUuid: userUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.checkApiPermission(request) }
        }
    }
}
