public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetExternalServices``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getExternalServicesExample = #"""
        {
          "inventories": [
            {
              "name": "name",
              "status": "status",
              "capabilities": {
                "reloadConfig": true
              }
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getExternalServices(
        _ request: GetExternalServices.Request
    ) async throws -> GetExternalServices.Response {
        try Self.example(GetExternalServices.Response.self, json: Self.getExternalServicesExample)
    }
}
