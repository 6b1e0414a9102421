public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceConfigs``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceConfigsExample = #"""
        {
          "success": true,
          "configs": [
            {
              "value": "value",
              "effectiveConfigs": [
                {
                  "uuid": "c4b871c384c683e2b7380a01f113a657",
                  "resourceUuid": "7c145159cab8ad960095a5e53a1683e3",
                  "resourceType": "resourceType",
                  "name": "name",
                  "description": "description",
                  "category": "category",
                  "value": "value",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "name": "name"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceConfigs(
        _ request: GetResourceConfigs.Request
    ) async throws -> GetResourceConfigs.Response {
        try Self.example(GetResourceConfigs.Response.self, json: Self.getResourceConfigsExample)
    }
}
