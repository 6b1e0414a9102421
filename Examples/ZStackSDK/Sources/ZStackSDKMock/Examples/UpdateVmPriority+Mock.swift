public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVmPriority``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVmPriorityExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateVmPriority(
        _ request: UpdateVmPriority.Request
    ) async throws -> UpdateVmPriority.Response {
        try Self.example(UpdateVmPriority.Response.self, json: Self.updateVmPriorityExample)
    }
}
