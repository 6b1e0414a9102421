import ZStackSDK

/// The server side of ``CleanQueue``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clean/queue`, asynchronous.
nonisolated enum CleanQueueServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CleanQueue.operation, bodyWrapper: "cleanQueue") { call in
            let request = try call.decodeBody(wrapper: "cleanQueue") { body in
                let signatureName = try body.wrappedField(String.self, "signatureName")
                let taskIndex = try body.wrappedField(Int.self, "taskIndex")
                let isCleanUp = try body.wrappedField(Bool.self, "isCleanUp")
                let isRunningTask = try body.wrappedField(Bool.self, "isRunningTask")
                let managementiUuid = try body.wrappedField(String.self, "managementiUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanQueue.Request(
                    signatureName: try call.required(signatureName, .bodyField("cleanQueue.signatureName")),
                    taskIndex: taskIndex,
                    isCleanUp: isCleanUp,
                    isRunningTask: isRunningTask,
                    managementiUuid: managementiUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cleanQueue(request) }
        }
    }
}
